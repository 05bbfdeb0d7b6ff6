// `npm run bench` runs this through Jest (not part of npm test): setData figures on the WeChat build, taken
// by the weapp harness. Writes JSON to BENCH_OUT.
//  - bytes of setData per keystroke while typing an 18-digit 证件号码 into 家庭账户共济授权登记;
//  - bytes of setData per scroll step (600 px) of 共济使用明细, on the variant with 10,000 records
//    (WEAPP_DIST=dist/bench-weapp);
//  - (BENCH_PART=home, issue 22 (e)) setData calls and bytes until 首页 is drawn with its figures (the member's
//    历年余额 with a ¥ figure, and 微服务 below), the mock's latency fixed at 150 ms a round trip: from the tap on
//    the member on the demo sign-in page, and on a reLaunch of 首页 with the session held.
import fs from 'node:fs'
import { bootApp, launch, pageText, see, settleRender, tap, textOnceShown, type, wechat } from '../weapp/harness'
import { signIn } from '../weapp/journey-steps'

jest.setTimeout(300_000)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

function fireScroll(el: Element, scrollTop: number, scrollHeight: number): void {
  const target = (el as unknown as { __wxElement?: unknown }).__wxElement
  const exparser = require(require.resolve('miniprogram-exparser', { paths: [require('node:path').dirname(require.resolve('j-component'))] }))
  exparser.Event.dispatchEvent(target, exparser.Event.create('scroll', { scrollTop, scrollLeft: 0, scrollHeight, scrollWidth: 428, deltaX: 0, deltaY: -600 }, { bubbles: true, composed: true, capturePhase: true, extraFields: { touches: {}, changedTouches: {} } }))
}

/** 首页 drawn with its figures (the member's 历年余额 with a ¥ figure) and complete (微服务 below them). */
const homeComplete = () => wechat.stack().at(-1) === 'pages/home/index' && /历年余额[\s\S]*?¥[\d,]+\.\d{2}/.test(pageText()) && pageText().includes('微服务')

/** setData calls and bytes from now until 首页 is complete (or 10 s). */
async function untilHomeComplete(): Promise<{ calls: number; bytes: number; complete: boolean }> {
  for (let i = 0; i < 500 && !homeComplete(); i++) await settleRender(20)
  const sizes = wechat.setDataSizes()
  return { calls: sizes.length, bytes: sum(sizes), complete: homeComplete() }
}

async function homeFigures(): Promise<Record<string, unknown>> {
  bootApp()
  // The developer panel's 固定 150 毫秒 (src/services/latency.ts), read when the mock server is made.
  wechat.wx.setStorageSync('jx-dev-latency', 'fixed150')
  await launch('pages/home/index')
  // A fresh start: 首页 opens the demo sign-in page by itself.
  await textOnceShown(undefined, '', () => wechat.stack().at(-1) === 'packages/signin/choose/index' && pageText().includes('演示版，人物和数据均为虚构'))
  wechat.resetSetDataSizes()
  await tap(/^李\*国（/)
  await textOnceShown(undefined, '', (t) => !t.includes('选择演示身份登录'))
  if (wechat.stack().at(-1) !== 'pages/home/index') await wechat.wx.switchTab({ url: '/pages/home/index' })
  const first = await untilHomeComplete()
  await settleRender(500)
  wechat.resetSetDataSizes()
  await launch('pages/home/index')
  const reopen = await untilHomeComplete()
  return { first, reopen }
}

it('measures', async () => {
  const out: Record<string, unknown> = {}
  if (process.env.BENCH_PART === 'home') {
    out.home = await homeFigures()
    out.violations = wechat.violations()
    fs.writeFileSync(process.env.BENCH_OUT as string, JSON.stringify(out))
    return
  }
  // Every figure is a signed-in member's (李建国, through the demo sign-in page).
  await signIn()
  if (process.env.BENCH_PART !== 'records') {
    await launch('pages/family/index')
    await tap('家庭账户共济授权登记')
    await tap('同意并继续')
    await see('证件号码')
    const id = '360602198809212424'
    const perKey: number[] = []
    for (let i = 1; i <= id.length; i++) {
      wechat.resetSetDataSizes()
      await type('证件号码', id.slice(0, i))
      await settleRender(50)
      perKey.push(sum(wechat.setDataSizes()))
    }
    out.keystroke = { median: median(perKey), max: Math.max(...perKey), all: perKey }
  } else {
    await launch('pages/account/index')
    await tap('家人使用明细')
    await see('正在加载更多')
    // The list opens on what his family drew from his account; his own 10,000 are under 全家（含本人）.
    await tap(/^全部家人/)
    await tap('全家（含本人）')
    await see('正在加载更多')
    for (let i = 0; i < 40 && !document.querySelector('[data-route="packages/records/list/index"] wx-scroll-view'); i++) await settleRender(50)
    await settleRender(500)
    const scroller = document.querySelector('[data-route="packages/records/list/index"] wx-scroll-view') as Element
    const perStep: number[] = []
    for (let step = 1; step <= 40; step++) {
      wechat.resetSetDataSizes()
      // A person flicking down 600 px at a time; the list fetches the next 50 records near its end.
      fireScroll(scroller, step * 600, step * 600 + 835 + 5 * 104)
      await settleRender(450)
      perStep.push(sum(wechat.setDataSizes()))
    }
    out.scroll = { median: median(perStep), max: Math.max(...perStep), steps: perStep.length, all: perStep }
  }
  out.violations = wechat.violations()
  fs.writeFileSync(process.env.BENCH_OUT as string, JSON.stringify(out))
})
