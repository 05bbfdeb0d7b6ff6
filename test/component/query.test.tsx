import { act, render, screen } from '@testing-library/react'
import { backend } from '@/services'
import { testBackend } from './render'
import { createMemberStore } from '@/stores/memberStore'
import { fetchQuery, forgetAll, peekQuery, queryScope, setQueryScope, useQuery } from '@/stores/query'
import { extendQuery, invalidate } from '@/stores/queryChanges'

// The server-data layer (stores/query.ts): answers cached by [session, resource, parameters], late answers
// dropped, a change invalidating what it made stale, another member starting every person-doing store over.

/** A call whose answer the test hands out when it chooses. */
function deferred<T>() {
  let resolve!: (v: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

const LI = { session: 'li#1', member: 'p-ljg' }
const ZHOU = { session: 'zhou#1', member: 'p-zzq' }

beforeEach(() => {
  setQueryScope(LI)
  forgetAll()
})

describe('query layer', () => {
  it('drops an answer that arrives after a newer call for the same key', async () => {
    const first = deferred<number>()
    const second = deferred<number>()
    const a = fetchQuery(['balances'], () => first.promise, 'force')
    const b = fetchQuery(['balances'], () => second.promise, 'force')
    second.resolve(2)
    await b
    first.resolve(1)
    expect(await a).toBeUndefined()
    expect(peekQuery(['balances'])).toEqual({ data: 2, status: 'ready' })
  })

  it('drops an answer for the session before, and starts the new session empty', async () => {
    const late = deferred<string>()
    const call = fetchQuery(['balances'], () => late.promise)
    await fetchQuery(['payments'], async () => ['李建国的订单'])
    setQueryScope(ZHOU)
    expect(peekQuery(['payments']).status).toBe('idle')
    late.resolve('李建国的余额')
    expect(await call).toBeUndefined()
    expect(peekQuery(['balances']).data).toBeUndefined()
  })

  it('keeps a failed refresh from wiping what was shown, with the error', async () => {
    await fetchQuery(['balances'], async () => 100)
    await fetchQuery(['balances'], () => Promise.reject(new Error('网络')), 'force')
    expect(peekQuery(['balances'])).toMatchObject({ data: 100, status: 'error' })
  })

  it('refetches what a change names, on screen at once and the rest when next read', async () => {
    let balance = 100
    let records = 0
    function Shown() {
      const q = useQuery(['balances'], async () => balance)
      return <div>余额 {q.data ?? '…'}</div>
    }
    render(<Shown />)
    expect(await screen.findByText('余额 100')).toBeTruthy()
    await fetchQuery(['records'], async () => ++records)
    balance = 60
    await act(() => invalidate('balances', 'records'))
    expect(screen.getByText('余额 60')).toBeTruthy()
    // Not on screen: marked stale, read again on the next read.
    expect(records).toBe(1)
    expect(await fetchQuery(['records'], async () => ++records)).toBe(2)
  })

  it('asks once for readers of a key at the same time', async () => {
    let calls = 0
    const fetcher = async () => ++calls
    await Promise.all([fetchQuery(['due'], fetcher), fetchQuery(['due'], fetcher, 'revalidate')])
    expect(calls).toBe(1)
  })

  it('adds a page only while no newer call for the key started', async () => {
    await fetchQuery(['records', 'family'], async () => [1, 2])
    const more = deferred<number[]>()
    const adding = extendQuery<number[]>(['records', 'family'], () => more.promise)
    await fetchQuery(['records', 'family'], async () => [9], 'force')
    more.resolve([1, 2, 3, 4])
    expect(await adding).toBe(false)
    expect(peekQuery(['records', 'family']).data).toEqual([9])
  })
})

describe('what the person is doing (createMemberStore)', () => {
  const useForm = createMemberStore<{ ticked: boolean; tick(): void }>((set) => ({ ticked: false, tick: () => set({ ticked: true }) }))

  it('starts over when another member signs in', () => {
    useForm.getState().tick()
    setQueryScope(ZHOU)
    expect(useForm.getState().ticked).toBe(false)
  })

  it('stays when the same member signs in again (after an expiry), while her server data is read again', async () => {
    await fetchQuery(['balances'], async () => 100)
    useForm.getState().tick()
    setQueryScope({ ...LI, session: 'li#2' })
    expect(useForm.getState().ticked).toBe(true)
    expect(peekQuery(['balances']).status).toBe('idle')
    expect(queryScope()).toEqual({ session: 'li#2', member: 'p-ljg' })
  })

  it('keeps what she was doing when her session ends, while every answer of that session goes', async () => {
    await fetchQuery(['balances'], () => backend().getBalances())
    expect(peekQuery(['balances']).status).toBe('ready')
    useForm.getState().tick()
    // A day later the session is past its 12 hours: the next call is answered UNAUTHENTICATED.
    testBackend.control.clock.shiftDays(1)
    await fetchQuery(['payments'], () => backend().listPayments())
    expect(peekQuery(['balances']).status).toBe('idle')
    expect(queryScope().session).toBe('')
    expect(useForm.getState().ticked).toBe(true)
  })

  it('starts over on 清除本机数据 (forgetAll)', async () => {
    useForm.getState().tick()
    await fetchQuery(['balances'], async () => 100)
    forgetAll()
    expect(useForm.getState().ticked).toBe(false)
    expect(peekQuery(['balances']).status).toBe('idle')
  })
})
