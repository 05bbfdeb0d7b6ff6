import Taro from '@tarojs/taro'

// The platform's sign-in credential, sent with the demo member chosen (a real server would exchange it for the
// person's identity). WeChat: the code of wx.login. Alipay: the auth code of my.getAuthCode (scope auth_base) —
// Taro's Alipay plugin maps Taro.login onto my.getAuthCode and answers its authCode as `code`. H5: nothing.

export type SignInPlatform = 'h5' | 'weapp' | 'alipay'

export interface PlatformCredential {
  platform: SignInPlatform
  code?: string
}

export const signInPlatform: SignInPlatform = process.env.TARO_ENV === 'weapp' ? 'weapp' : process.env.TARO_ENV === 'alipay' ? 'alipay' : 'h5'

/** The platform's login code (none on H5). A failed call gives no code: the demo server signs in without it. */
export async function platformCredential(): Promise<PlatformCredential> {
  // TARO_ENV written out, so the H5 build drops the mini-program call.
  if (process.env.TARO_ENV !== 'weapp' && process.env.TARO_ENV !== 'alipay') return { platform: 'h5' }
  try {
    const { code } = await Taro.login()
    return { platform: signInPlatform, code: code || undefined }
  } catch {
    return { platform: signInPlatform }
  }
}
