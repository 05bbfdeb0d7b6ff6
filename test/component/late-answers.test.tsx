// A change answered after another member signed in belongs to the member who made it: nothing of it lands in the
// new member's cache, stores or pages (reviewer: 李建国's receipt opened on 周志强's page).
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { navigations, renderPage, testBackend } from './render'
import { routes } from '@/navigation/routes'
import { backend, installBackend, type Payment } from '@/services'
import type { Outcome } from '@/services'
import { peekQuery } from '@/stores/query'
import { premiumFlow } from '@/stores/payments'
import { useSession } from '@/stores/session'
import { signInAs } from '@/stores/signIn'
import { typePassword } from './verify'
import { releasePreview } from '@/platform/pickImages'
import { useChange } from '@/stores/change'
import { useDevVisit } from '@/stores/dev'
import { BackendError } from '@/services/backend'
import type { AuthorizationView } from '@/services'

jest.mock('@/platform/pickImages', () => ({ ...jest.requireActual('@/platform/pickImages'), releasePreview: jest.fn() }))

const WIFE = '王*英（配偶） 普通居民 ¥400.00'
const PROMISE = /我确认使用本人职工医保个人账户历年余额为以上人员代缴/

/** The same server, but `op`'s answers wait until `release()`; `answered` is the last one. */
async function hold(heldOp: string, lost = false) {
  let release!: () => void
  const held = new Promise<void>((r) => (release = r))
  let answered: Outcome<Payment> | undefined
  let sent = 0
  const { handle, control } = testBackend
  installBackend({
    control,
    handle: async (text) => {
      if ((JSON.parse(text) as { op: string }).op !== heldOp) return handle(text)
      sent += 1
      const answer = await handle(text)
      await held
      if (lost) throw new BackendError('TIMEOUT', '请求超时，请稍后重试')
      answered = (JSON.parse(answer) as { body?: Outcome<Payment> }).body
      return answer
    },
  })
  await backend().signIn({ memberRef: 'p-ljg', platform: 'h5' })
  return { release, sent: () => sent, answer: () => answered }
}

async function switchTo(maskedName: string) {
  const m = (await testBackend.listDemoMembers()).find((d) => d.maskedName === maskedName)
  if (!m) throw new Error(`no demo member ${maskedName}`)
  await act(async () => {
    expect(await signInAs(m.ref)).toBe(true)
  })
}

describe('an answer that arrives after another member signed in', () => {
  it("puts 李建国's receipt nowhere of 周志强's: not his 缴费记录, not his order, no receipt page", async () => {
    const gate = await hold('payResidentPremium')
    await act(() => useSession.getState().load())
    const bound = await testBackend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'late-bind-wife' })
    expect(bound.ok).toBe(true)
    renderPage(routes.premium)
    const list = await screen.findByRole('list', { name: '可代缴人员' })
    fireEvent.click(await within(list).findByRole('checkbox', { name: WIFE }))
    fireEvent.click(screen.getByRole('checkbox', { name: PROMISE }))
    fireEvent.click(screen.getByRole('button', { name: /确认缴费/ }))
    await typePassword()
    await waitFor(() => expect(gate.sent()).toBe(1))

    await switchTo('周*强')
    // 周志强 starts an order of his own; 李建国's answer must not touch it.
    act(() => premiumFlow.useOrder.getState().setPromiseAccepted(true))
    const order = premiumFlow.useOrder.getState()
    let writes = 0
    const stop = premiumFlow.useOrder.subscribe(() => (writes += 1))
    const shown = navigations.length

    await act(async () => {
      gate.release()
      await new Promise((r) => setTimeout(r, 20))
    })
    stop()
    // The payment went through for 李建国 (server side), and only there.
    expect(gate.answer()?.ok).toBe(true)
    const receipt = (gate.answer() as { value: Payment }).value
    const cached = peekQuery<Payment[]>(['payments']).data ?? []
    expect(cached.some((p) => p.orderNo === receipt.orderNo)).toBe(false)
    expect(JSON.stringify(cached)).not.toContain('王*英')
    expect(navigations.slice(shown).some((n) => (n.url ?? '').includes('receipt'))).toBe(false)
    expect(writes).toBe(0)
    expect(premiumFlow.useOrder.getState()).toBe(order)
    expect(order.promiseAccepted).toBe(true)
  })

  it("shows 周志强 no payError of 李建国's order whose answer was lost", async () => {
    const gate = await hold('payResidentPremium', true)
    await act(() => useSession.getState().load())
    expect((await testBackend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'late-bind-wife-2' })).ok).toBe(true)
    renderPage(routes.premium)
    const list = await screen.findByRole('list', { name: '可代缴人员' })
    fireEvent.click(await within(list).findByRole('checkbox', { name: WIFE }))
    fireEvent.click(screen.getByRole('checkbox', { name: PROMISE }))
    fireEvent.click(screen.getByRole('button', { name: /确认缴费/ }))
    await typePassword()
    await waitFor(() => expect(gate.sent()).toBe(1))

    await switchTo('周*强')
    renderPage(routes.premium)
    await waitFor(() => expect(screen.queryByLabelText('正在查询缴费人员')).toBeNull())
    await act(async () => {
      gate.release()
      await new Promise((r) => setTimeout(r, 20))
    })
    expect(premiumFlow.useOrder.getState().payError).toBeUndefined()
    expect(premiumFlow.useOrder.getState().idempotencyKey).toBeUndefined()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

describe('变更关系 proofs when another member signs in', () => {
  it("lets go of 李建国's picked files and previews, and his upload answering late writes nothing of 周志强's", async () => {
    const gate = await hold('uploadProof')
    await act(() => useSession.getState().load())
    act(() => useChange.getState().open({ id: 'auth-late' } as AuthorizationView))
    let adding: Promise<void> | undefined
    act(() => {
      adding = useChange.getState().addFiles([{ fileName: '结婚证.jpg', mimeType: 'image/jpeg', sizeBytes: 2048, previewUrl: 'blob:late-proof' }], 'yingtan')
    })
    await waitFor(() => expect(gate.sent()).toBe(1))
    const localId = useChange.getState().proofs[0]?.localId
    expect(localId).toBeTruthy()

    await switchTo('周*强')
    expect(releasePreview).toHaveBeenCalledWith('blob:late-proof')
    expect(useChange.getState().proofs).toEqual([])
    const store = useChange.getState()
    let writes = 0
    const stop = useChange.subscribe(() => (writes += 1))
    await act(async () => {
      gate.release()
      await adding
      // His file is gone with him: 重试 of it sends nothing.
      await useChange.getState().retryProof(localId as string)
    })
    stop()
    expect(writes).toBe(0)
    expect(useChange.getState()).toBe(store)
    expect(gate.sent()).toBe(1)
  })
})

describe('developer panel 模拟就医 when another member signs in', () => {
  it("starts 周志强's visit over: 结算 never retries 李建国's unanswered visit under his key", async () => {
    await act(() => useSession.getState().load())
    const { control } = testBackend
    const settle = control.settleAtPlace.bind(control)
    const spy = jest.spyOn(control, 'settleAtPlace').mockImplementationOnce(async (v) => {
      await settle(v)
      throw new BackendError('TIMEOUT', '请求超时，请稍后重试')
    })
    act(() => useDevVisit.getState().setVisit({ amount: '30' }))
    await act(() => useDevVisit.getState().simulateVisit())
    const key = useDevVisit.getState().visitKey
    expect(key).toBeTruthy()
    expect(useDevVisit.getState().visitResult).toBeTruthy()

    await switchTo('周*强')
    expect(useDevVisit.getState().visitKey).toBeUndefined()
    expect(useDevVisit.getState().visitResult).toBeUndefined()
    expect(useDevVisit.getState().visit.amount).toBe('')
    await act(() => useDevVisit.getState().simulateVisit())
    const keys = spy.mock.calls.map(([v]) => v.idempotencyKey)
    expect(keys).toEqual([key])
    spy.mockRestore()
  })
})
