// `npm run bench` runs this through Jest (not part of npm test): setData figures on the WeChat build, taken
// by the weapp harness. Writes JSON to BENCH_OUT.
//  - bytes of setData per keystroke while typing an 18-digit 证件号码 into 家庭账户共济授权登记;
//  - bytes of setData per scroll step (600 px) of 共济使用明细, on the variant with 10,000 records
//    (WEAPP_DIST=dist/bench-weapp).
import fs from 'node:fs'
import { launch, see, settleRender, tap, type, wechat } from '../weapp/harness'
import { signIn } from '../weapp/journey-steps'

jest.setTimeout(300_000)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

function fireScroll(el: Element, scrollTop: number, scrollHeight: number): void {
  const target = (el as unknown as { __wxElement?: unknown }).__wxElement
  const exparser = require(require.resolve('miniprogram-exparser', { paths: [require('node:path').dirname(require.resolve('j-component'))] }))
  exparser.Event.dispatchEvent(target, exparser.Event.create('scroll', { scrollTop, scrollLeft: 0, scrollHeight, scrollWidth: 428, deltaX: 0, deltaY: -600 }, { bubbles: true, composed: true, capturePhase: true, extraFields: { touches: {}, changedTouches: {} } }))
}

it('measures', async () => {
  const out: Record<string, unknown> = {}
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
