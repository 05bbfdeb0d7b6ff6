import Taro from '@tarojs/taro'

// Choosing proof photos: Taro.chooseMedia on WeChat, chooseImage on Alipay, a file input on H5.
// The only place that knows the difference.
export interface PickedFile {
  fileName: string
  mimeType: string
  sizeBytes: number
  /** Local preview: a temp file path (mini programs) or an object URL (H5). */
  previewUrl: string
}

const MIME_BY_EXT: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', heic: 'image/heic' }

function mimeOf(path: string): string {
  const ext = path.split('.').pop()?.toLowerCase() ?? ''
  return MIME_BY_EXT[ext] ?? 'application/octet-stream'
}

function baseName(path: string): string {
  return path.split('/').pop() ?? path
}

function pickOnH5(max: number): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'image/jpeg,image/png'
    input.multiple = max > 1
    input.style.display = 'none'
    const done = (files: PickedFile[]) => {
      input.remove()
      resolve(files)
    }
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []).slice(0, max)
      done(files.map((f) => ({ fileName: f.name, mimeType: f.type || mimeOf(f.name), sizeBytes: f.size, previewUrl: URL.createObjectURL(f) })))
    })
    input.addEventListener('cancel', () => done([]))
    document.body.appendChild(input)
    input.click()
  })
}

export async function pickImages(max: number): Promise<PickedFile[]> {
  if (max <= 0) return []
  if (process.env.TARO_ENV === 'h5') return pickOnH5(max)
  try {
    if (process.env.TARO_ENV === 'alipay') {
      const res = await Taro.chooseImage({ count: max, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
      return res.tempFiles.map((f) => ({ fileName: baseName(f.path), mimeType: mimeOf(f.path), sizeBytes: f.size, previewUrl: f.path }))
    }
    const res = await Taro.chooseMedia({ count: max, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    return res.tempFiles.map((f) => ({ fileName: baseName(f.tempFilePath), mimeType: mimeOf(f.tempFilePath), sizeBytes: f.size, previewUrl: f.tempFilePath }))
  } catch {
    // The person closed the picker.
    return []
  }
}

/** Frees a preview once the photo is no longer needed (proofs are dropped after submitting). */
export function releasePreview(url: string): void {
  if (process.env.TARO_ENV === 'h5' && url.startsWith('blob:')) URL.revokeObjectURL(url)
}
