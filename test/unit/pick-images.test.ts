// pickImages on Alipay and WeChat with Taro's APIs stubbed: the Alipay path reads the type from the bytes
// when Alipay gives no fileType, falls back to apFilePaths, and says so when a photo cannot be read; the
// WeChat path asks requirePrivacyAuthorize first and never returns an empty result without a reason.
const taro: Record<string, jest.Mock | undefined> = {}
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: new Proxy({}, { get: (_, key: string) => taro[key] }) }))

import { PICK_MESSAGES, pickImages, previewImages } from '@/platform/pickImages'

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 1, 2, 3, 4]).buffer
const files: Record<string, ArrayBuffer> = { 'https://resource/a.image': JPEG }

function useEnv(env: 'alipay' | 'weapp') {
  const before = process.env.TARO_ENV
  beforeEach(() => {
    process.env.TARO_ENV = env
    for (const k of Object.keys(taro)) delete taro[k]
  })
  afterAll(() => {
    if (before === undefined) Reflect.deleteProperty(process.env, 'TARO_ENV')
    else process.env.TARO_ENV = before
  })
}

describe('pickImages on Alipay', () => {
  useEnv('alipay')
  const fileSystem = () => ({
    readFile: ({ filePath, success, fail }: { filePath: string; success: (r: { data: ArrayBuffer }) => void; fail: (e: unknown) => void }) =>
      files[filePath] ? success({ data: files[filePath] }) : fail({ error: 10022, errorMessage: '文件不存在' }),
  })

  it('types a photo from its first bytes when Alipay returns only apFilePaths', async () => {
    taro.chooseImage = jest.fn().mockResolvedValue({ apFilePaths: ['https://resource/a.image'], tempFilePaths: ['https://resource/a.image'] })
    taro.getFileSystemManager = jest.fn(fileSystem)
    expect(await pickImages(3)).toEqual({ files: [{ fileName: 'a.image', mimeType: 'image/jpeg', sizeBytes: JPEG.byteLength, previewUrl: 'https://resource/a.image' }], message: undefined })
  })

  it('keeps the readable photos and says that one could not be read', async () => {
    taro.chooseImage = jest.fn().mockResolvedValue({ apFilePaths: ['https://resource/gone.image', 'https://resource/a.image'] })
    taro.getFileSystemManager = jest.fn(fileSystem)
    const r = await pickImages(3)
    expect(r.files.map((f) => f.fileName)).toEqual(['a.image'])
    expect(r.message).toBe(PICK_MESSAGES.unreadable)
  })

  it('reports a photo as unreadable where the client has no file system manager', async () => {
    taro.chooseImage = jest.fn().mockResolvedValue({ apFilePaths: ['https://resource/a.image'] })
    expect(await pickImages(1)).toEqual({ files: [], message: PICK_MESSAGES.unreadable })
  })

  it('says nothing when the person closes the picker, and what to do when it fails', async () => {
    taro.chooseImage = jest.fn().mockRejectedValue({ error: 11, errorMessage: '用户取消操作' })
    expect(await pickImages(1)).toEqual({ files: [] })
    taro.chooseImage = jest.fn().mockRejectedValue({ error: 2001, errorMessage: '无权限' })
    expect(await pickImages(1)).toEqual({ files: [], message: PICK_MESSAGES.pickerFailed })
  })
})

describe('pickImages on WeChat', () => {
  useEnv('weapp')

  it('asks requirePrivacyAuthorize first and explains a refusal', async () => {
    taro.requirePrivacyAuthorize = jest.fn(({ fail }: { fail: (e: unknown) => void }) => fail({ errMsg: 'requirePrivacyAuthorize:fail privacy permission is not authorized', errno: 104 }))
    taro.chooseMedia = jest.fn()
    expect(await pickImages(1)).toEqual({ files: [], message: PICK_MESSAGES.privacyDeclined })
    expect(taro.chooseMedia).not.toHaveBeenCalled()
  })

  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).buffer
  const TEXT = new TextEncoder().encode('%PDF-1.7 not a photo').buffer
  const album: Record<string, ArrayBuffer> = { 'http://tmp/x.png': PNG, 'http://tmp/jpeg-named.png': JPEG, 'http://tmp/fake.png': TEXT }
  const reads: { filePath: string; position?: number; length?: number }[] = []
  const fileSystem = () => ({
    readFile: ({ filePath, position, length, success, fail }: { filePath: string; position?: number; length?: number; success: (r: { data: ArrayBuffer }) => void; fail: (e: unknown) => void }) => {
      reads.push({ filePath, position, length })
      return album[filePath] ? success({ data: album[filePath].slice(position ?? 0, (position ?? 0) + (length ?? album[filePath].byteLength)) }) : fail({ errMsg: 'readFile:fail no such file or directory' })
    },
  })
  const agreed = () => {
    taro.requirePrivacyAuthorize = jest.fn(({ success }: { success: () => void }) => success())
    taro.getFileSystemManager = jest.fn(fileSystem)
  }

  it('picks once the agreement is on record, typed by its first 8 bytes', async () => {
    agreed()
    taro.chooseMedia = jest.fn().mockResolvedValue({ tempFiles: [{ tempFilePath: 'http://tmp/x.png', size: 10 }] })
    expect(await pickImages(1)).toEqual({ files: [{ fileName: 'x.png', mimeType: 'image/png', sizeBytes: 10, previewUrl: 'http://tmp/x.png' }] })
    expect(reads.at(-1)).toEqual({ filePath: 'http://tmp/x.png', position: 0, length: 8 })
  })

  it('the content decides, not the name: a JPEG named .png is a JPEG, a text named .png is not a photo', async () => {
    agreed()
    taro.chooseMedia = jest.fn().mockResolvedValue({ tempFiles: [{ tempFilePath: 'http://tmp/jpeg-named.png', size: 10 }, { tempFilePath: 'http://tmp/fake.png', size: 20 }] })
    const r = await pickImages(2)
    expect(r.files.map((f) => [f.fileName, f.mimeType])).toEqual([
      ['jpeg-named.png', 'image/jpeg'],
      ['fake.png', 'application/octet-stream'],
    ])
  })

  it('leaves out a photo it cannot read and says so', async () => {
    agreed()
    taro.chooseMedia = jest.fn().mockResolvedValue({ tempFiles: [{ tempFilePath: 'http://tmp/gone.jpg', size: 10 }, { tempFilePath: 'http://tmp/x.png', size: 10 }] })
    const r = await pickImages(2)
    expect(r.files.map((f) => f.fileName)).toEqual(['x.png'])
    expect(r.message).toBe(PICK_MESSAGES.unreadable)
  })
})

describe('previewImages', () => {
  it('opens the chosen photo full screen among the others, through Taro.previewImage', () => {
    taro.previewImage = jest.fn().mockResolvedValue({})
    previewImages(['blob:a', 'blob:b'], 'blob:b')
    expect(taro.previewImage).toHaveBeenCalledWith({ urls: ['blob:a', 'blob:b'], current: 'blob:b' })
  })
})
