import Taro from '@tarojs/taro'

// WeChat's privacy agreement (since 2023): personal-data APIs such as chooseMedia work only once the person
// has agreed to the 用户隐私保护指引 by tapping a <button open-type="agreePrivacyAuthorization">. WeChat records
// that tap itself; when an API needs the agreement first it calls the onNeedPrivacyAuthorization listener,
// whose resolve accepts { event: 'agree' } only with the buttonId of such a tapped button. The app's own
// 隐私保护指引 gate (components/PrivacyGate) renders that button on WeChat. Alipay and H5 have no such API
// (Taro maps none on Alipay): there the gate is an ordinary button and nothing is asked here.
type Resolve = (r: { event: 'agree' | 'disagree'; buttonId?: string }) => void
type PrivacyApi = {
  requirePrivacyAuthorize?: (opts: { success?: () => void; fail?: (e: unknown) => void }) => void
  onNeedPrivacyAuthorization?: (listener: (resolve: Resolve) => void) => void
}

const api = Taro as unknown as PrivacyApi

/** The id of the gate's agree button: WeChat checks it in the resolve. */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'

/** Whether this build agrees through WeChat's own button (open-type="agreePrivacyAuthorization"). */
export const agreesThroughWeChatButton = process.env.TARO_ENV === 'weapp'

let pending: Resolve | undefined
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((l) => l())

/** Whether WeChat is waiting for the person's answer (the gate then shows itself again). */
export function privacyRequestPending(): boolean {
  return pending !== undefined
}

export function subscribePrivacyRequests(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The person's answer from the gate: 'agree' carries the id of the tapped agree button. */
export function answerPrivacyRequest(agreed: boolean): void {
  const resolve = pending
  pending = undefined
  resolve?.(agreed ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' })
  notify()
}

/** Once at launch: hold WeChat's request until the person answers in the gate. */
export function listenForPrivacyRequests(): void {
  // TARO_ENV written out, so the Alipay and H5 builds drop the WeChat-only code.
  if (process.env.TARO_ENV !== 'weapp' || !api.onNeedPrivacyAuthorization) return
  api.onNeedPrivacyAuthorization((resolve) => {
    pending?.({ event: 'disagree' })
    pending = resolve
    notify()
  })
}

/** On WeChat, make sure the agreement is on record before a personal-data API; elsewhere there is nothing to ask. */
export function requirePrivacy(): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp' || !api.requirePrivacyAuthorize) return Promise.resolve(true)
  return new Promise((resolve) => api.requirePrivacyAuthorize?.({ success: () => resolve(true), fail: () => resolve(false) }))
}
