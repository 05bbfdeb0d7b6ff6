// Alipay-only photo paths (src/platform/imageType.ts): the type comes from the API's fileType or the file's
// first bytes, never from the path (Alipay's temp paths often have no extension, or `.image`); older clients
// return only apFilePaths; a photo that cannot be read is reported, not crashed on.
import { mimeFromFileType, readAlipayPhotos, sniffImageType, UNREADABLE_PHOTO } from '@/platform/imageType'

const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]).buffer
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]).buffer
const heic = new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63]).buffer

const files: Record<string, ArrayBuffer> = { 'https://resource/apml1.image': jpeg, 'https://resource/apml2': png, 'https://resource/apml3.image': heic }
const readBytes = jest.fn(async (path: string) => {
  const data = files[path]
  if (!data) throw { error: 10022, errorMessage: '文件不存在' }
  return data
})

beforeEach(() => readBytes.mockClear())

describe('sniffImageType (first bytes)', () => {
  it.each([
    ['JPEG FF D8 FF', jpeg, 'image/jpeg'],
    ['PNG 89 50 4E 47', png, 'image/png'],
    ['HEIC (not JPEG/PNG)', heic, undefined],
    ['empty file', new ArrayBuffer(0), undefined],
  ])('%s', (_, data, expected) => {
    expect(sniffImageType(new Uint8Array(data))).toBe(expected)
  })
})

describe("mimeFromFileType (Alipay's own file type)", () => {
  it.each([
    ['jpg', 'image/jpeg'],
    ['JPEG', 'image/jpeg'],
    ['png', 'image/png'],
    ['image/png', 'image/png'],
    ['heic', undefined],
    [undefined, undefined],
  ])('%s → %s', (fileType, expected) => {
    expect(mimeFromFileType(fileType)).toBe(expected)
  })
})

describe('readAlipayPhotos', () => {
  it("uses tempFiles' fileType and size without reading the file", async () => {
    const r = await readAlipayPhotos({ tempFiles: [{ path: 'https://resource/apml9.image', size: 2048, fileType: 'png' }] }, readBytes)
    expect(r).toEqual({ photos: [{ path: 'https://resource/apml9.image', mimeType: 'image/png', sizeBytes: 2048 }], unreadable: 0 })
    expect(readBytes).not.toHaveBeenCalled()
  })

  it('reads the first bytes when tempFiles has no fileType (path ending .image or no extension)', async () => {
    const r = await readAlipayPhotos({ tempFiles: [{ path: 'https://resource/apml1.image', size: 5000 }, { path: 'https://resource/apml2', size: 6000 }] }, readBytes)
    expect(r.photos.map((p) => [p.mimeType, p.sizeBytes])).toEqual([['image/jpeg', 5000], ['image/png', 6000]])
  })

  it('falls back to apFilePaths when tempFiles is missing: type and size from the bytes', async () => {
    const r = await readAlipayPhotos({ apFilePaths: ['https://resource/apml1.image', 'https://resource/apml3.image'] }, readBytes)
    expect(r.photos).toEqual([
      { path: 'https://resource/apml1.image', mimeType: 'image/jpeg', sizeBytes: jpeg.byteLength },
      // Not JPEG/PNG: handed on as such, so the form refuses it with 只支持 JPG、PNG.
      { path: 'https://resource/apml3.image', mimeType: 'application/octet-stream', sizeBytes: heic.byteLength },
    ])
  })

  it('leaves out a photo it cannot read and counts it, so the page can say so', async () => {
    const r = await readAlipayPhotos({ apFilePaths: ['https://resource/gone.image', 'https://resource/apml2'] }, readBytes)
    expect(r.unreadable).toBe(1)
    expect(r.photos.map((p) => p.path)).toEqual(['https://resource/apml2'])
    expect(UNREADABLE_PHOTO).toMatch(/无法读取.*换一张/)
  })
})
