import Taro from '@tarojs/taro'
import { readAlipayPhotos, sniffImageType, UNREADABLE_PHOTO } from './imageType'
import { requirePrivacy } from './privacy'

// Choosing proof photos: Taro.chooseMedia on WeChat (after WeChat's privacy agreement), chooseImage on
// Alipay, a file input on H5. The only place that knows the difference.
export interface PickedFile {
  fileName: string
  mimeType: string
  sizeBytes: number
  /** Local preview: a temp file path (mini programs) or an object URL (H5). */
  previewUrl: string
}

/** What was picked; `message` says, in words for the person, why nothing (or less) came back. */
export interface PickResult {
  files: PickedFile[]
  message?: string
}

export const PICK_MESSAGES = {
  privacyDeclined: '需要您同意《隐私保护指引》后才能选择照片。请点“同意并继续”，再点“拍照或从相册选择”。',
  pickerFailed: '未能打开相册或相机。请在手机设置中允许本应用使用相册和相机，然后再试一次。',
  unreadable: UNREADABLE_PHOTO,
} as const

/** Not a JPEG or PNG by its first bytes, whatever its name says: the form refuses it by its place in the list. */
const NOT_AN_IMAGE = 'application/octet-stream'

function baseName(path: string): string {
  return path.split('/').pop() ?? path
}

/** The person closed the picker: not an error, nothing to say. */
function cancelled(e: unknown): boolean {
  const msg = (e as { errMsg?: string; errorMessage?: string; error?: number } | undefined) ?? {}
  return /cancel/i.test(msg.errMsg ?? msg.errorMessage ?? '') || msg.error === 11
}

/** Privacy refusals: WeChat's errno 104 / "privacy permission is not authorized". */
function privacyRefused(e: unknown): boolean {
  const msg = (e as { errMsg?: string; errno?: number } | undefined) ?? {}
  return msg.errno === 104 || /privacy/i.test(msg.errMsg ?? '')
}

function pickOnH5(): Promise<PickResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'image/jpeg,image/png'
    input.multiple = true
    input.style.display = 'none'
    const done = (files: PickedFile[]) => {
      input.remove()
      resolve({ files })
    }
    // Every chosen file, in order (the form keeps what fits and says so); the type from the first bytes, not the name.
    input.addEventListener('change', () => {
      const chosen = Array.from(input.files ?? [])
      void Promise.all(
        chosen.map(async (f) => {
          const head = new Uint8Array(await f.slice(0, 8).arrayBuffer())
          return { fileName: f.name, mimeType: sniffImageType(head) ?? NOT_AN_IMAGE, sizeBytes: f.size, previewUrl: URL.createObjectURL(f) }
        }),
      ).then(done, () => done([]))
    })
    input.addEventListener('cancel', () => done([]))
    document.body.appendChild(input)
    input.click()
  })
}

/** The file's first bytes (or all of them) through the file system manager; on Alipay Taro forwards it only where the client has it. */
function readBytes(filePath: string, length?: number): Promise<ArrayBuffer> {
  if (typeof Taro.getFileSystemManager !== 'function') return Promise.reject(new Error('no file system manager'))
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      ...(length ? { position: 0, length } : {}),
      success: (r) => (r.data instanceof ArrayBuffer ? resolve(r.data) : reject(new Error('not binary'))),
      fail: reject,
    })
  })
}

async function pickOnAlipay(max: number): Promise<PickResult> {
  const res = await Taro.chooseImage({ count: max, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  const { photos, unreadable } = await readAlipayPhotos(res as unknown as Parameters<typeof readAlipayPhotos>[0], (path) => readBytes(path))
  return {
    files: photos.map((p) => ({ fileName: baseName(p.path), mimeType: p.mimeType, sizeBytes: p.sizeBytes, previewUrl: p.path })),
    message: unreadable ? PICK_MESSAGES.unreadable : undefined,
  }
}

async function pickOnWeChat(max: number): Promise<PickResult> {
  if (!(await requirePrivacy())) return { files: [], message: PICK_MESSAGES.privacyDeclined }
  const res = await Taro.chooseMedia({ count: max, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  // WeChat gives the type of each file only as image/video, and a temp path's extension is only a name: the type
  // comes from the first bytes, as on Alipay and H5. A photo that cannot be read is left out and reported.
  let unreadable = 0
  const files: PickedFile[] = []
  for (const f of res.tempFiles) {
    try {
      const head = new Uint8Array(await readBytes(f.tempFilePath, 8))
      files.push({ fileName: baseName(f.tempFilePath), mimeType: sniffImageType(head) ?? NOT_AN_IMAGE, sizeBytes: f.size, previewUrl: f.tempFilePath })
    } catch {
      unreadable += 1
    }
  }
  return { files, message: unreadable ? PICK_MESSAGES.unreadable : undefined }
}

export async function pickImages(max: number): Promise<PickResult> {
  if (max <= 0) return { files: [] }
  if (process.env.TARO_ENV === 'h5') return pickOnH5()
  try {
    return process.env.TARO_ENV === 'alipay' ? await pickOnAlipay(max) : await pickOnWeChat(max)
  } catch (e) {
    if (cancelled(e)) return { files: [] }
    return { files: [], message: privacyRefused(e) ? PICK_MESSAGES.privacyDeclined : PICK_MESSAGES.pickerFailed }
  }
}

/** Frees a preview once the photo is no longer needed (proofs are dropped after submitting). */
export function releasePreview(url: string): void {
  if (process.env.TARO_ENV === 'h5' && url.startsWith('blob:')) URL.revokeObjectURL(url)
}

/** A full-screen look at a chosen photo (and its neighbours), as WeChat's and Alipay's image preview. */
export function previewImages(urls: string[], current: string): void {
  if (!urls.length) return
  void Taro.previewImage({ urls, current }).catch(() => undefined)
}
