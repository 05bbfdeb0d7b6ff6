import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { navigations, renderPage, testBackend } from './render'
import { resetNavigation } from '../shims/taro'
import { routes } from '@/navigation/routes'
import { formatFen } from '@/domain/money'
import { useAuthorize } from '@/stores/authorize'
import { useSession } from '@/stores/session'
import type { RegisterAuthorizationRequest } from '@/services'

// Issue 21 items 2 and 3: next steps that carry the person, steps that apply to the person, who paid a resident's
// premium, a resident's 我授权的, and totals (共济使用明细 per person and month, 首页's month for the authorizer).

const registration = (documentNumber: string, name: string, relation: RegisterAuthorizationRequest['relation']): Omit<RegisterAuthorizationRequest, 'ticket'> => ({
  documentType: 'residentId',
  documentNumber,
  name,
  relation,
  promiseVersion: '2026-12',
  proofIds: [],
  idempotencyKey: `next-steps-${documentNumber}`,
})
async function bind(documentNumber: string, name: string, relation: RegisterAuthorizationRequest['relation']) {
  const r = await testBackend.registerAuthorization(registration(documentNumber, name, relation))
  if (!r.ok) throw new Error('refused')
  return r.value
}
const bindWife = () => bind('360602198809212424', '王秀英', 'spouse')
const bindBaby = () => bind('360602202503081133', '李小宝', 'child')
const loginAs = async (masked: string) => {
  const { member } = await testBackend.signIn({ memberRef: (await testBackend.listDemoMembers()).find((d) => d.maskedName === masked)!.ref, platform: 'h5' })
  useSession.setState({ member, status: 'ready' })
}

describe('next steps carry the person', () => {
  it('代缴 opened for 王秀英 (首页 去代缴, 为这位家人代缴) has her ticked and the order totalled', async () => {
    const wife = await bindWife()
    resetNavigation({ person: wife.user.ref })
    renderPage(`${routes.premium}?person=${wife.user.ref}`)
    const list = await screen.findByRole('list', { name: '可代缴人员' })
    const box = await within(list).findByRole('checkbox', { name: '王*英（配偶） 普通居民 ¥400.00' })
    await waitFor(() => expect(box.getAttribute('aria-checked')).toBe('true'))
    expect(within(list).queryAllByRole('checkbox', { checked: true })).toHaveLength(1)
  })

  it("a spouse's result page offers 为这位家人代缴医保费 for her, and says nothing of 新生儿免缴", async () => {
    const wife = await bindWife()
    useAuthorize.setState({ result: { kind: 'ok', authorization: wife } })
    renderPage(routes.authorizeResult)
    const pay = await screen.findByRole('button', { name: '为这位家人代缴医保费' })
    expect(screen.getByText(/下一步：王\*英的2027年度城乡居民医保费（¥400\.00）还没有缴/)).toBeTruthy()
    expect(document.body.textContent).not.toContain('免缴')
    expect(screen.getByText(/办理编号 JX20261122\d{6}$/)).toBeTruthy()
    fireEvent.click(pay)
    expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: `${routes.premium}?person=${wife.user.ref}` })
  })

  it("a binding's result page opened by its 办理编号 (a reload, Back) shows it again from the server; anyone else sees none", async () => {
    const wife = await bindWife()
    expect(wife.receiptNo).toMatch(/^JX20261122\d{6}$/)
    renderPage(`${routes.authorizeResult}?no=${wife.receiptNo}`)
    expect(await screen.findByText('授权成功')).toBeTruthy()
    expect(screen.getByText(/王\*英（配偶）自 2026年11月22日 起/)).toBeTruthy()
    expect(await screen.findByRole('button', { name: '为这位家人代缴医保费' })).toBeTruthy()
    await loginAs('周*强')
    renderPage(`${routes.authorizeResult}?no=${wife.receiptNo}`)
    expect(await screen.findByText('没有正在办理的授权。')).toBeTruthy()
    expect(document.body.textContent).not.toContain('王*英')
  })

  it("an exempt newborn's result page offers 新生儿免缴确认 for him, no premium", async () => {
    const baby = await bindBaby()
    useAuthorize.setState({ result: { kind: 'ok', authorization: baby } })
    renderPage(routes.authorizeResult)
    fireEvent.click(await screen.findByRole('button', { name: '新生儿免缴确认' }))
    expect(screen.queryByRole('button', { name: '为这位家人代缴医保费' })).toBeNull()
    expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: `${routes.newbornExemption}?person=${baby.user.ref}` })
  })

  it("a resident's 首页 says who paid her 年度 premium and when", async () => {
    const wife = await bindWife()
    const paid = await testBackend.payResidentPremium({ personRefs: [wife.user.ref], idempotencyKey: 'next-steps-pay-wife' })
    expect(paid.ok).toBe(true)
    await loginAs('王*英')
    renderPage(routes.home)
    expect((await screen.findByRole('status', { name: '居民医保缴费' })).textContent).toBe('2027年度居民医保费已由 李*国 代缴（2026年11月22日）')
  })

  it("a resident's 我授权的 says once that only 职工医保 members can authorize, not that she has authorized nobody", async () => {
    await loginAs('王*英')
    renderPage(routes.relations)
    fireEvent.click(await screen.findByRole('radio', { name: '我授权的' }))
    const notes = await screen.findAllByText(/只有职工医保参保人可以把个人账户授权给家人使用/)
    expect(notes).toHaveLength(1)
    expect(screen.queryByText('您还没有为家人办理共济授权。')).toBeNull()
  })
})

describe('totals', () => {
  it('共济使用明细 shows the total of what is listed, and per person and per month on demand', async () => {
    const totals = await testBackend.recordTotals({ personRef: 'family' })
    expect(totals.count).toBeGreaterThan(0)
    renderPage(routes.records)
    const bar = await screen.findByRole('status', { name: '合计' })
    await waitFor(() => expect(bar.textContent).toContain(`合计 ${formatFen(totals.totalFen)}（${totals.count} 条）`))
    fireEvent.click(within(bar).getByRole('button', { name: '按人按月合计' }))
    const people = within(screen.getByRole('list', { name: '按人合计' })).getAllByRole('listitem')
    expect(people.length).toBe(totals.byPerson.length)
    expect(people.length).toBeGreaterThan(0)
    expect(people.map((p) => p.textContent)).toContain(`李*明（父母）${formatFen(totals.byPerson.find((p) => p.person.maskedName === '李*明')!.totalFen)}`)
    const months = within(screen.getByRole('list', { name: '按月合计' })).getAllByRole('listitem')
    expect(months[0].textContent).toBe(`${totals.byMonth[0].month.replace(/^(\d+)-0?(\d+)$/, '$1年$2月')}${formatFen(totals.byMonth[0].totalFen)}`)
  })

  it("首页 tells the authorizer what his family drew from his 历年余额 this month", async () => {
    const dad = (await testBackend.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '李*明' && a.status === 'active')!
    await testBackend.control.settleAtPlace({ patientRef: dad.user.ref, place: 'cityHospital', placeName: '鹰潭市人民医院', kind: 'outpatient', amountFen: 5000, idempotencyKey: 'next-steps-visit' })
    const { monthFen } = await testBackend.recordTotals({ personRef: 'family' })
    expect(monthFen).toBeGreaterThanOrEqual(5000)
    renderPage(routes.home)
    const line = await screen.findByRole('status', { name: '本月家人使用' })
    await waitFor(() => expect(line.textContent).toBe(`2026年11月家人用了您的历年余额 ${formatFen(monthFen)}（看病买药和代缴）`))
  })
})
