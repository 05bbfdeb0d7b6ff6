import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { renderPage, testBackend } from './render'
import { formatMonthCn, recentMonths } from '@/domain/day'
import { routes } from '@/navigation/routes'
import { peekQuery } from '@/stores/query'
import type { RecordPage } from '@/services'
import { useSession } from '@/stores/session'
import { useSettings } from '@/stores/settings'
import { RECORD_ROW_HEIGHT, RECORD_ROW_HEIGHT_ELDER } from '@/components/RecordRow'
import { asSeen } from '../support/seen'

async function openRecords() {
  renderPage(routes.records)
  return screen.findByRole('region', { name: /共济使用明细，共 \d+ 条/ })
}

function rows() {
  return screen.queryAllByRole('listitem').filter((el) => el.hasAttribute('data-record-row'))
}

async function choose(filter: RegExp, option: string) {
  fireEvent.click(screen.getByRole('button', { name: filter }))
  fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: option }))
  await waitFor(() => expect(document.querySelector('[aria-label="正在查询使用明细"]') === null).toBe(true))
}

const key = (n: string) => `component-${n}-key`
async function bindWife() {
  const r = await testBackend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: key('bind-wife') })
  if (!r.ok) throw new Error('could not bind 王秀英')
  return r.value.user.ref
}

async function loginAs(maskedName: string) {
  const m = (await testBackend.listDemoMembers()).find((d) => d.maskedName === maskedName)!
  await testBackend.signIn({ memberRef: m.ref, platform: 'h5' })
  await act(() => useSession.getState().load())
}

describe('共济使用明细', () => {
  it("opens the authorizer on what his family took from his 历年余额: 「用了您的历年余额」, dates in 年月日", async () => {
    const list = await openRecords()
    const { total } = await testBackend.listRecords({ pageSize: 1, personRef: 'family' })
    const all = (await testBackend.listRecords({ pageSize: 1 })).total
    expect(total).toBeGreaterThan(50)
    expect(total).toBeLessThan(all)
    expect(list.getAttribute('aria-label')).toBe(`共济使用明细，共 ${total} 条`)
    expect(screen.getByRole('button', { name: '成员：全部家人' })).toBeTruthy()
    expect(rows().length).toBeGreaterThan(0)
    for (const row of rows()) {
      expect(row.textContent).toContain('李*明（父母）')
      expect(row.textContent).toMatch(/用了您的历年余额 ¥[\d,]+\.\d\d/)
      expect(row.textContent).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/)
      expect(row.textContent).not.toMatch(/\d{4}-\d\d-\d\d/)
    }
    await choose(/^成员：/, '本人')
    expect(rows().length).toBeGreaterThan(0)
    for (const row of rows()) expect(row.textContent).toMatch(/本人 · .*本人账户 ¥/)
  })

  it('renders only the rows in view (virtual list), not all of the year', async () => {
    await openRecords()
    expect(peekQuery<RecordPage>(['records', 'family', undefined, undefined]).data?.items.length).toBe(50)
    expect(rows().length).toBeLessThan(50)
  })

  it('filters by member, kind and month', async () => {
    await openRecords()
    await waitFor(() => {
      fireEvent.click(screen.getByRole('button', { name: /^成员：/ }))
      expect(within(screen.getByRole('dialog')).getByRole('button', { name: '李*明（父母）' })).toBeTruthy()
    })
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '李*明（父母）' }))
    const father = (await testBackend.getBalances()).family.find((f) => f.person.maskedName === '李*明')?.person.ref
    expect(father).toBeDefined()
    const { total } = await testBackend.listRecords({ pageSize: 1, personRef: father })
    expect(total).toBeGreaterThan(50)
    await waitFor(() => expect(screen.getByRole('region', { name: `共济使用明细，共 ${total} 条` })).toBeTruthy())
    expect(rows().length).toBeGreaterThan(0)
    expect(rows().every((r) => r.textContent?.includes('李*明（父母）'))).toBe(true)

    await choose(/^类别：/, '药费')
    const drugs = (await testBackend.listRecords({ pageSize: 1, personRef: father, kind: 'drug' })).total
    expect(drugs).toBeGreaterThan(0)
    await waitFor(() => expect(screen.getByRole('region', { name: `共济使用明细，共 ${drugs} 条` })).toBeTruthy())
    expect(rows().length).toBeGreaterThan(0)
    expect(rows().every((r) => r.textContent?.startsWith('药费'))).toBe(true)

    await choose(/^月份：/, '2026年10月')
    expect(screen.getByRole('button', { name: '类别：药费' })).toBeTruthy()
    const items = peekQuery<RecordPage>(['records', father, 'drug', '2026-10']).data?.items ?? []
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((r) => r.day.startsWith('2026-10') && r.kind === 'drug')).toBe(true)
  })

  it('offers only kinds that can happen: what shared funds pay in 鹰潭, and the payments an authorizer makes', async () => {
    await openRecords()
    fireEvent.click(screen.getByRole('button', { name: /^类别：/ }))
    const offered = within(screen.getByRole('dialog')).getAllByRole('button').map((b) => b.textContent)
    expect(offered).toEqual(['全部类别', '药费', '普通门诊', '自费医疗', '代缴居民医保费', '新生儿免缴确认', '惠民保', '取消'])
  })

  it('says in one line why the list is empty, naming what was chosen', async () => {
    await openRecords()
    // A month in which 本人 has no 自费医疗 record, found from the server's own data.
    const me = (await testBackend.currentMember())!
    const months = recentMonths('2026-11-22', 12)
    let empty: string | undefined
    for (const m of months) if ((await testBackend.listRecords({ pageSize: 1, personRef: me.ref, kind: 'selfPay', month: m })).total === 0) empty ??= m
    expect(empty).toBeDefined()
    await choose(/^成员：/, '本人')
    await choose(/^类别：/, '自费医疗')
    // Not empty for every month: the one-line message is about the month chosen.
    const selfPay = (await testBackend.listRecords({ pageSize: 1, personRef: me.ref, kind: 'selfPay' })).total
    expect(selfPay).toBeGreaterThan(0)
    await waitFor(() => expect(rows().length).toBeGreaterThan(0))
    await choose(/^月份：/, formatMonthCn(empty!))
    expect(await screen.findByText(`本人在${formatMonthCn(empty!)}没有自费医疗的使用记录。`)).toBeTruthy()
    await choose(/^成员：/, '全部家人')
    await choose(/^类别：/, '代缴居民医保费')
    expect(await screen.findByText(`家人在${formatMonthCn(empty!)}没有代缴居民医保费的使用记录。`)).toBeTruthy()
  })

  it('shows a 代缴 (double tap: one row) and a 新生儿免缴确认 (免缴 ¥0.00, nothing taken) at the top of the family view', async () => {
    const wife = await bindWife()
    const pay = await asSeen(testBackend, 'residentPremium', { personRefs: [wife], idempotencyKey: key('pay-wife') })
    await Promise.all([testBackend.payResidentPremium(pay), testBackend.payResidentPremium(pay)])
    const baby = await testBackend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602202503081133', name: '李小宝', relation: 'child', promiseVersion: '2026-12', proofIds: [], idempotencyKey: key('bind-baby') })
    expect((await testBackend.confirmNewbornExemption({ personRef: baby.ok ? baby.value.user.ref : '', idempotencyKey: key('exempt-baby') })).ok).toBe(true)
    await openRecords()
    const [exemption, premium] = rows()
    expect(exemption.textContent).toMatch(/^新生儿免缴确认免缴 ¥0\.00李\*宝（子女） · 2026年11月22日2027年度 · 订单号 JX\d+免缴确认，没有扣钱$/)
    expect(premium.textContent).toMatch(/^代缴居民医保费¥400\.00王\*英（配偶） · 2026年11月22日2027年度 · 订单号 JX\d+用了您的历年余额 ¥400\.00$/)
    expect(rows().filter((r) => r.textContent?.startsWith('代缴居民医保费'))).toHaveLength(1)
  })

  it('the 使用人 sees her own records and whose 历年余额 paid: 「用了 李*国 的历年余额」, no member filter', async () => {
    const wife = await bindWife()
    await testBackend.payResidentPremium(await asSeen(testBackend, 'residentPremium', { personRefs: [wife], idempotencyKey: key('pay-wife') }))
    await loginAs('王*英')
    const list = await openRecords()
    const { total } = await testBackend.listRecords({ pageSize: 1 })
    expect(list.getAttribute('aria-label')).toBe(`共济使用明细，共 ${total} 条`)
    expect(screen.queryByRole('button', { name: /^成员：/ })).toBeNull()
    expect(rows()[0].textContent).toMatch(/^代缴居民医保费¥400\.00本人 · 2026年11月22日.*用了 李\*国 的历年余额 ¥400\.00$/)
    expect(rows().slice(1).length).toBeGreaterThan(0)
    expect(rows().slice(1).every((r) => r.textContent?.includes('本人 · ') && r.textContent.includes('门诊家庭账户 ¥'))).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: /^类别：/ }))
    const offered = within(screen.getByRole('dialog')).getAllByRole('button').map((b) => b.textContent)
    expect(offered).toEqual(['全部类别', '药费', '普通门诊', '自费医疗', '代缴居民医保费', '惠民保', '取消'])
  })

  it('in 长辈模式 the rows get the taller elder height (and the page its elder class)', async () => {
    useSettings.setState({ elderMode: true })
    const list = await openRecords()
    expect(list.closest('.page--elder')).toBeTruthy()
    const heights = rows().map((r) => (r.parentElement as HTMLElement).style.height)
    expect(heights.length).toBeGreaterThan(0)
    expect(new Set(heights)).toEqual(new Set([`${RECORD_ROW_HEIGHT_ELDER}px`]))
    expect(RECORD_ROW_HEIGHT_ELDER).toBeGreaterThan(RECORD_ROW_HEIGHT)
  })
})
