// Fault soak (issue #6): 500 orders through the payments store against the mock server with random
// failures and lost answers, the client retrying with the same order. The books must stay exact.
import { act } from '@testing-library/react'
import { signedIn } from '../support/sessions'
import { backend as app, installBackend } from '@/services'
import { createMockServer } from '@/services/mock'
import { fixedClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'
import { seededRandom } from '@/services/mock/demo-year'
import type { PaymentOffer } from '@/services'
import { BALANCES, fetchBalances } from '@/stores/accounts'
import { premiumFlow } from '@/stores/payments'
import { fetchQuery, forgetAll, peekQuery } from '@/stores/query'

const order = premiumFlow.useOrder

const ORDERS = 500
const LIJIANGUO = '360602198604151314'

describe('payment fault soak', () => {
  it(`keeps the ledger exact over ${ORDERS} orders with 20% injected faults and retries`, async () => {
    const random = seededRandom(4242)
    let charged = 0
    let refusedForBalance = 0
    let faultsSeen = 0
    for (let i = 0; i < ORDERS; i++) {
      const backend = createMockServer({ storage: memoryStorage(), clock: fixedClock('2026-11-23T02:00:00Z'), faults: { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }, random })
      installBackend(backend)
      await app().signIn({ memberRef: 'p-ljg', platform: 'h5' })
      const lijianguo = await signedIn(backend, '李建国')
      await lijianguo.registerAuthorization({ documentType: 'residentId', documentNumber: '360602202503081133', name: '李小宝', relation: 'child', promiseVersion: '2025-01', proofIds: [], idempotencyKey: `soak-bind-${i}` })
      await lijianguo.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2025-01', proofIds: [], idempotencyKey: `soak-bind-wife-${i}` })
      const start = Math.floor(random() * 120000) // 0–1,200 元: sometimes short of the order
      backend.control.setCarriedOver(LIJIANGUO, start)
      act(() => forgetAll())
      await act(() => Promise.all([fetchQuery(premiumFlow.key, premiumFlow.offer), fetchQuery(BALANCES, fetchBalances)]))
      const candidates = peekQuery<PaymentOffer>(premiumFlow.key).data?.candidates ?? []
      expect(candidates.length).toBeGreaterThan(0)
      for (const c of candidates) if (c.eligible && random() < 0.7) act(() => order.getState().toggle(c.person.ref))
      act(() => order.getState().setPromiseAccepted(true))

      backend.control.setFaults({ failureRate: 0.2, timeoutRate: 0.2 })
      const keys = new Set<string>()
      for (let attempt = 0; attempt < 4; attempt++) {
        await act(() => order.getState().pay())
        const s = order.getState()
        if (s.idempotencyKey) keys.add(s.idempotencyKey)
        if (!s.payError) break
        faultsSeen += 1
        if (random() < 0.15) break // the person gives up
      }
      backend.control.setFaults({ failureRate: 0, timeoutRate: 0 })

      const books = backend.control.snapshot()
      const end = books.accounts[books.people.find((p) => p.idNumber === LIJIANGUO)!.ref].carriedOverFen
      const paid = books.payments.reduce((a, p) => a + p.totalFen, 0)
      expect({ order: i, keysUsed: keys.size <= 1 }).toEqual({ order: i, keysUsed: true })
      expect({ order: i, payments: books.payments.length <= 1 }).toEqual({ order: i, payments: true })
      expect({ order: i, end }).toEqual({ order: i, end: start - paid })
      expect(end).toBeGreaterThanOrEqual(0)
      const lines = books.payments.flatMap((p) => p.lines.map((l) => l.personRef))
      expect(new Set(lines).size).toBe(lines.length)
      charged += books.payments.length
      if (order.getState().refusals?.some((r) => r.code === 'INSUFFICIENT')) refusedForBalance += 1
    }
    expect(charged).toBeGreaterThan(ORDERS / 4)
    expect(faultsSeen).toBeGreaterThan(ORDERS / 10)
    // Orders over the balance are stopped in the app before sending (the button stays disabled).
    expect(refusedForBalance).toBe(0)
  })
})
