// Alipay-only helpers for picked photos, free of Taro so unit tests can run them.
// Alipay's temp paths often have no extension (or `.image`), so a photo's type comes from the API's own
// `fileType` or from the file's first bytes, never from the path. Older Alipay clients return only
// `apFilePaths` (no `tempFiles`).

export type ImageMime = 'image/jpeg' | 'image/png'

const JPEG = [0xff, 0xd8, 0xff]
const PNG = [0x89, 0x50, 0x4e, 0x47]

/** The type from the file's first bytes (JPEG FF D8 FF, PNG 89 50 4E 47), or undefined. */
export function sniffImageType(bytes: ArrayLike<number>): ImageMime | undefined {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (starts(JPEG)) return 'image/jpeg'
  if (starts(PNG)) return 'image/png'
  return undefined
}

/** The type from Alipay's `fileType` ('jpg', 'JPEG', 'png', 'image/png' …), or undefined. */
export function mimeFromFileType(fileType: string | undefined): ImageMime | undefined {
  const t = (fileType ?? '').toLowerCase().replace(/^image\//, '')
  if (t === 'jpg' || t === 'jpeg') return 'image/jpeg'
  if (t === 'png') return 'image/png'
  return undefined
}

export interface AlipayChosenImages {
  tempFiles?: { path: string; size?: number; fileType?: string }[]
  apFilePaths?: string[]
  tempFilePaths?: string[]
}

export interface AlipayPhoto {
  path: string
  mimeType: string
  sizeBytes: number
}

/** Reads a file's bytes; rejects when the file cannot be read. */
export type ReadBytes = (path: string) => Promise<ArrayBuffer>

export const UNREADABLE_PHOTO = '有照片无法读取，请换一张照片或重新拍照后再上传。'

/**
 * Normalises Alipay's chooseImage result: `tempFiles` where present, else `apFilePaths` (or Taro's
 * `tempFilePaths` copy of them). A photo whose type or size cannot be told without reading is read once;
 * a photo that cannot be read is left out and reported.
 */
export async function readAlipayPhotos(res: AlipayChosenImages, readBytes: ReadBytes): Promise<{ photos: AlipayPhoto[]; unreadable: number }> {
  const entries = res.tempFiles?.length ? res.tempFiles : (res.apFilePaths ?? res.tempFilePaths ?? []).map((path) => ({ path, size: undefined, fileType: undefined }))
  const photos: AlipayPhoto[] = []
  let unreadable = 0
  for (const f of entries) {
    let mimeType: string | undefined = mimeFromFileType(f.fileType)
    let sizeBytes = f.size
    if (!mimeType || typeof sizeBytes !== 'number') {
      try {
        const data = await readBytes(f.path)
        mimeType = mimeType ?? sniffImageType(new Uint8Array(data, 0, Math.min(8, data.byteLength))) ?? 'application/octet-stream'
        sizeBytes = sizeBytes ?? data.byteLength
      } catch {
        unreadable += 1
        continue
      }
    }
    photos.push({ path: f.path, mimeType, sizeBytes: sizeBytes ?? 0 })
  }
  return { photos, unreadable }
}
