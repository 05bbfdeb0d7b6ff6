import Taro from '@tarojs/taro'

// WeChat's privacy agreement (since 2023): personal-data APIs such as chooseMedia need the person's
// agreement to the 用户隐私保护指引. The app shows its own guide first and asks WeChat ahead of time.
type PrivacyApi = {
  requirePrivacyAuthorize?: (opts: { success?: () => void; fail?: () => void }) => void
  onNeedPrivacyAuthorization?: (listener: (resolve: (r: { event: 'agree' | 'disagree'; buttonId?: string }) => void) => void) => void
}

const api = Taro as unknown as PrivacyApi

/** On WeChat, ask for the privacy agreement before a personal-data API; elsewhere there is nothing to ask. */
export function requirePrivacy(): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp' || !api.requirePrivacyAuthorize) return Promise.resolve(true)
  return new Promise((resolve) => api.requirePrivacyAuthorize?.({ success: () => resolve(true), fail: () => resolve(false) }))
}

/**
 * When WeChat needs the agreement, answer from the app's own consent: agreed in the app → 'agree';
 * otherwise 'disagree', and the page shows the app's 隐私保护指引 first.
 */
export function answerPrivacyRequests(consented: () => boolean): void {
  if (process.env.TARO_ENV !== 'weapp' || !api.onNeedPrivacyAuthorization) return
  api.onNeedPrivacyAuthorization((resolve) => resolve({ event: consented() ? 'agree' : 'disagree' }))
}
