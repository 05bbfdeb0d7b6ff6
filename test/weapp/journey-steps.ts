// Steps of the WeChat journeys, as a person does them: by the text they see on the weapp build.
import { launch, pageText, see, scrollToEnd, settleRender, tap, textOnceShown, type, wechat } from './harness'

/** The demo family's 医保支付密码 (made up; shown on the demo sign-in page). */
export const DEMO_PASSWORDS = { '李*国': '135790', '周*强': '246801' } as const

/** On the demo sign-in page: taps the member whose masked name starts the entry, and waits until the page has closed. */
async function chooseDemoMember(maskedName: string): Promise<void> {
  await see('演示版，人物和数据均为虚构')
  await tap(new RegExp(`^${maskedName.replace('*', '\\*')}（`))
  await textOnceShown(undefined, '', (t) => !t.includes('选择演示身份登录'))
}

/**
 * Opens 首页 and signs in as `maskedName` through the demo sign-in page: the one 首页 opens by itself on a fresh
 * start, its 去登录 once a session has ended, or 我的 → 切换演示身份 while someone is signed in. Ends on 首页.
 */
export async function signIn(maskedName = '李*国'): Promise<void> {
  try {
    await signInOnce(maskedName)
  } catch {
    // Setup only: about once in ten runs the simulator's first render of 首页 fails (「Template tmpl_0_undefined not
    // found」, a blank page) and 您好 never shows; a second sign-in starts from a fresh launch. What the tests check
    // after it keeps its assertions.
    await signInOnce(maskedName)
  }
}

async function signInOnce(maskedName: string): Promise<void> {
  await launch('pages/home/index')
  const onSignInPage = () => wechat.stack().at(-1) === 'packages/signin/choose/index'
  await textOnceShown(undefined, '', (t) => onSignInPage() || /去登录|常用功能/.test(t))
  // A session that ended shows 首页 from memory for a moment, until its first call is refused and sign-in opens.
  await settleRender(800)
  if (!onSignInPage()) {
    if (pageText().includes('去登录')) await tap('去登录')
    else {
      await wechat.wx.switchTab({ url: '/pages/me/index' })
      await textOnceShown(undefined, '', (t) => onSignInPage() || t.includes('切换演示身份'))
      if (!onSignInPage()) await tap('切换演示身份')
    }
  }
  await chooseDemoMember(maskedName)
  await wechat.wx.switchTab({ url: '/pages/home/index' })
  await see(`您好，${maskedName}`)
}

/** Types the 医保支付密码 into the sheet (six digits: it is checked at once). */
export async function enterPassword(password: string = DEMO_PASSWORDS['李*国']): Promise<void> {
  await see('请输入医保支付密码')
  await type('医保支付密码', password)
}

export interface Registration {
  id: string
  name: string
  relation: '配偶' | '父母' | '子女' | '兄弟姐妹' | '祖父母' | '外祖父母' | '孙子女' | '外孙子女'
}

const PROMISE_CHECK = '我已阅读并承诺遵守以上个人郑重承诺'

/** Ticks the box labelled `label` unless it is ticked already. */
export async function ensureTicked(label: string | RegExp): Promise<void> {
  const matches = (t: string) => (typeof label === 'string' ? t === label : label.test(t))
  const find = () => Array.from(document.querySelectorAll<HTMLElement>('[class*="checkbox__label"]')).find((el) => matches(el.textContent?.trim() ?? '') && !el.closest('[hidden]'))
  await textOnceShown(undefined, '', () => Boolean(find()))
  const box = find()?.parentElement
  if (!box) throw new Error(`no tick box labelled ${String(label)}`)
  if (!box.querySelector('[class*="checkbox__tick--on"]')) await tap(label)
}

/** Agrees to the 隐私保护指引 through the gate if it is shown. */
export async function agreeIfAsked(): Promise<void> {
  const text = await textOnceShown(undefined, '证件号码')
  if (text.includes('同意并继续')) await tap('同意并继续')
}

/** Fills 家庭账户共济授权登记 (the form must be open), goes through 确认提交 and returns the result's title. */
export async function fillAndSubmit(r: Registration, before?: () => Promise<void>, password?: string): Promise<'授权成功' | '授权未成功'> {
  await agreeIfAsked()
  await type('证件号码', r.id)
  await type('姓名', r.name)
  await tap(r.relation)
  await before?.()
  await scrollToEnd('— 承诺全文结束 —')
  await ensureTicked(PROMISE_CHECK)
  await tap('下一步')
  await see('请逐项核对家人的信息')
  await tap('确认提交')
  await enterPassword(password)
  const text = await textOnceShown(undefined, '办理结果', (t) => /授权成功|授权未成功/.test(t))
  if (text.includes('授权未成功')) return '授权未成功'
  if (text.includes('授权成功')) return '授权成功'
  throw new Error(`no result after 确认提交: ${text.slice(0, 300)}`)
}

/** 我的 → 切换演示身份 → the sign-in page → the member whose masked name starts the entry; ends on 首页. */
export async function switchIdentity(maskedName: string): Promise<void> {
  await wechat.wx.switchTab({ url: '/pages/me/index' })
  await tap('切换演示身份')
  await chooseDemoMember(maskedName)
  await see('常用功能')
}
