// 首页 at once (issue 22): its own content before any answer, one round trip for the figures, and a warm open —
// the session's last answer shown at once, marked with when it was true, then refreshed in place.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { renderPage, testBackend } from './render'
import { routes } from '@/navigation/routes'
import { backend, installBackend, type MockServer } from '@/services'
import { dropMemory, forgetAll, peekQuery, setQueryScope } from '@/stores/query'
import { invalidate } from '@/stores/queryChanges'
import { useDev } from '@/stores/dev'
import { hasSession } from '@/services'
import { province } from '@/domain/policy/province'
import { seedState } from '@/services/mock/seed'
import { enterSession, useSession } from '@/stores/session'
import { useSettings } from '@/stores/settings'
import { asOfText, useHome } from '@/stores/home'

const KEPT = 'jx-kept'
const kept = () => sessionStorage.getItem(KEPT)

/** The app's wire to the test's server, with every operation sent written down. */
async function countingOps(): Promise<string[]> {
  const ops: string[] = []
  const server = testBackend as unknown as MockServer
  installBackend({ handle: (text) => (ops.push((JSON.parse(text) as { op: string }).op), server.handle(text)), control: server.control })
  await backend().signIn({ memberRef: 'p-ljg', platform: 'h5' })
  forgetAll()
  ops.length = 0
  return ops
}

/** 首页 with 李建国's figures drawn. */
async function homeDrawn() {
  renderPage(routes.home)
  return screen.findByRole('group', { name: '我的个人账户' })
}

/** A reload of the window: the page and the answers in memory go; sessionStorage (token, kept answer) stays. */
function reload() {
  cleanup()
  dropMemory()
}

beforeEach(() => {
  useSession.setState({ status: 'idle', member: null, ended: undefined })
  useSettings.setState({ elderMode: false })
})

describe('首页 draws its own content at once', () => {
  it('shows 全部服务 (微服务, 账户余额查询) before the server has answered, figures below under a skeleton', async () => {
    renderPage(routes.home)
    expect(screen.getByRole('button', { name: /^微服务/ })).toBeTruthy()
    expect(screen.getByRole('button', { name: '账户余额查询' })).toBeTruthy()
    expect(screen.getByLabelText('正在读取您的账户')).toBeTruthy()
    expect(screen.queryByRole('group', { name: '当前登录' })).toBeNull()
    expect(screen.getByRole('status', { name: '数据更新时间' }).textContent).toBe('正在读取最新数据…')
    await screen.findByRole('group', { name: '当前登录' })
  })

  it('asks the server one question (getHome), and knows the member from its answer', async () => {
    const ops = await countingOps()
    expect((await homeDrawn()).textContent).toContain('¥3,280.50')
    await screen.findByRole('list', { name: '我的家人' })
    await new Promise((r) => setTimeout(r, 50))
    expect(ops).toEqual(['getHome'])
    expect(useSession.getState().member?.maskedName).toBe('李*国')
    expect(screen.getByRole('status', { name: '数据更新时间' }).textContent).toBe('已更新 10:00')
  })

  it('a change that makes balances stale makes 首页 stale too: asked again', async () => {
    const ops = await countingOps()
    await homeDrawn()
    testBackend.control.setCarriedOver('360602198604151314', 300000)
    await act(() => invalidate('balances'))
    expect(ops.filter((op) => op === 'getHome')).toHaveLength(2)
    expect(screen.getByRole('group', { name: '我的个人账户' }).textContent).toContain('¥3,000.00')
  })
  it('while it asks again, the line never says 「已更新」 (only once the new answer is in)', async () => {
    await homeDrawn()
    const line = screen.getByRole('status', { name: '数据更新时间' })
    expect(line.textContent).toBe('已更新 10:00')
    testBackend.control.setFaults({ latencyMinMs: 40, latencyMaxMs: 40 })
    let asked!: Promise<void>
    act(() => {
      asked = invalidate('balances')
    })
    expect(line.textContent).toBe('更新于 10:00，正在刷新…')
    await act(() => asked)
    expect(line.textContent).toBe('已更新 10:00')
  })
})

describe('warm open: the session last answer, at once, then refreshed in place', () => {
  it('shows the stored figures marked 「更新于」 at once, then the fresh ones in the same place', async () => {
    await homeDrawn()
    reload()
    testBackend.control.setCarriedOver('360602198604151314', 300000)
    testBackend.control.setFaults({ latencyMinMs: 30, latencyMaxMs: 30 })
    renderPage(routes.home)
    // Before any answer: the last figures and when they were true.
    const card = screen.getByRole('group', { name: '我的个人账户' })
    const line = screen.getByRole('status', { name: '数据更新时间' })
    expect(card.textContent).toContain('¥3,280.50')
    expect(line.textContent).toBe('更新于 10:00，正在刷新…')
    expect(screen.queryByLabelText('正在读取您的账户')).toBeNull()
    // Then the fresh answer, drawn where the old one was (the same elements).
    await waitFor(() => expect(card.textContent).toContain('¥3,000.00'))
    expect(screen.getByRole('group', { name: '我的个人账户' })).toBe(card)
    expect(screen.getByRole('status', { name: '数据更新时间' })).toBe(line)
    expect(line.textContent).toBe('已更新 10:00')
  })

  it('says the date too when the time is not of today; a time no date holds says nothing (never breaks the page)', () => {
    expect(asOfText(Date.parse('2026-11-22T15:59:00Z'), Date.parse('2026-11-22T16:01:00Z'))).toBe('11月22日 23:59')
    expect(asOfText(Date.parse('2025-12-31T02:00:00Z'), Date.parse('2026-11-23T02:00:00Z'))).toBe('2025年12月31日 10:00')
    expect(asOfText(1e20)).toBe('')
    expect(asOfText(Number.NaN)).toBe('')
  })

  it('is on screen from the first render: no frame of the skeleton before it', async () => {
    await homeDrawn()
    reload()
    const firsts: boolean[] = []
    function Probe() {
      firsts.push(useHome().data !== undefined)
      return null
    }
    render(<Probe />)
    expect(firsts.length).toBeGreaterThan(0)
    expect(firsts[0]).toBe(true)
  })

  it('is not shown when older than a session can stay idle (it may have ended): the skeleton, as without one', async () => {
    await homeDrawn()
    const idle = province.sessions.idleMinutes * 60_000
    const aged = (ms: number) => {
      const k = JSON.parse(kept() ?? 'null') as { at: number }
      sessionStorage.setItem(KEPT, JSON.stringify({ ...k, at: k.at - ms }))
    }
    // A minute younger than the limit: still shown.
    aged(idle - 60_000)
    reload()
    renderPage(routes.home)
    expect(screen.getByRole('group', { name: '我的个人账户' }).textContent).toContain('¥3,280.50')
    await waitFor(() => expect(screen.getByRole('status', { name: '数据更新时间' }).textContent).toBe('已更新 10:00'))
    aged(idle)
    reload()
    renderPage(routes.home)
    expect(screen.getByLabelText('正在读取您的账户')).toBeTruthy()
    expect(screen.queryByRole('group', { name: '我的个人账户' })).toBeNull()
    await screen.findByRole('group', { name: '我的个人账户' })
  })

  it('is stamped with the server own time of the answer (one source for 更新于 and 已更新)', async () => {
    const server = testBackend as unknown as MockServer
    // The server says its figures were true at 09:58 (its clock), the device reads them at 10:00.
    installBackend({
      handle: async (text) => {
        const answer = await server.handle(text)
        return (JSON.parse(text) as { op: string }).op === 'getHome' ? answer.split('2026-11-22T02:00:00.000Z').join('2026-11-22T01:58:00.000Z') : answer
      },
      control: server.control,
    })
    await backend().signIn({ memberRef: 'p-ljg', platform: 'h5' })
    forgetAll()
    await homeDrawn()
    expect(screen.getByRole('status', { name: '数据更新时间' }).textContent).toBe('已更新 09:58')
    expect((JSON.parse(kept() ?? 'null') as { at: number }).at).toBe(Date.parse('2026-11-22T01:58:00Z'))
    reload()
    testBackend.control.setFaults({ latencyMinMs: 30, latencyMaxMs: 30 })
    renderPage(routes.home)
    expect(screen.getByRole('status', { name: '数据更新时间' }).textContent).toBe('更新于 09:58，正在刷新…')
    await waitFor(() => expect(screen.getByRole('status', { name: '数据更新时间' }).textContent).toBe('已更新 09:58'))
  })

  it('is dropped when the developer panel moves the day, and 首页 asks again', async () => {
    const ops = await countingOps()
    await homeDrawn()
    expect(kept()).not.toBeNull()
    act(() => useDev.getState().nextDay())
    expect(kept()).toBeNull()
    // (The test's clock moves the session's time with the day: the answer is the refusal, not asserted here.)
    await waitFor(() => expect(ops.filter((op) => op === 'getHome')).toHaveLength(2))
  })

  it('keeps masked data only: no full name, ID number or birth date of anyone in storage', async () => {
    await homeDrawn()
    await screen.findByRole('list', { name: '我的家人' })
    const text = kept()
    expect(text).toContain('李*国')
    expect(text).toContain('3606**********1314')
    const everything = Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k)}`).join('\n')
    // Beside the masked ID and the city, a birth date gives back most of the hidden digits.
    expect(everything).not.toContain('birthDate')
    const people = seedState().people
    expect(people.length).toBeGreaterThan(5)
    for (const p of people) {
      expect(everything).not.toContain(p.name)
      expect(everything).not.toContain(p.idNumber)
      expect(everything).not.toContain(p.birthDate)
    }
    // What the session knows of the member comes from the server's answer: the birth date the form checks is there.
    expect(useSession.getState().member?.birthDate).toBe('1986-04-15')
  })

  it('a late answer for 李建国 never fills 周志强 账户余额 cache (after a reload, before any member was learned)', async () => {
    const server = testBackend as unknown as MockServer
    let release = () => {}
    const gate = new Promise<void>((r) => (release = r))
    const asked: string[] = []
    installBackend({
      handle: async (text) => {
        const answer = server.handle(text)
        const { op } = JSON.parse(text) as { op: string }
        asked.push(op)
        if (op === 'getHome') await gate
        return answer
      },
      control: server.control,
    })
    await backend().signIn({ memberRef: 'p-ljg', platform: 'h5' })
    // A reload: no member learned yet in this window.
    setQueryScope({ session: '', member: '' })
    renderPage(routes.home)
    await waitFor(() => expect(asked).toContain('getHome'))
    cleanup()
    await act(() => useSession.getState().signOut())
    const other = await backend().signIn({ memberRef: 'p-zzq', platform: 'h5' })
    act(() => void enterSession(other.member))
    await act(async () => {
      release()
      await new Promise((r) => setTimeout(r, 20))
    })
    expect(asked.filter((op) => op === 'getHome')).toHaveLength(1)
    expect(peekQuery(['balances']).data).toBeUndefined()
    expect(useSession.getState().member?.ref).toBe(other.member.ref)
  })

  it('a 退出登录 the server did not answer still forgets the session on this device', async () => {
    await homeDrawn()
    expect(kept()).not.toBeNull()
    testBackend.control.setFaults({ failNext: 'network', failNextOn: null, timeoutMs: 0 })
    await act(() => useSession.getState().signOut())
    expect(useSession.getState().status).toBe('signedOut')
    expect(hasSession()).toBe(false)
    expect(sessionStorage.getItem('jx-session')).toBeNull()
    expect(kept()).toBeNull()
  })

  it('ignores an unreadable snapshot, and one of another session', async () => {
    sessionStorage.setItem(KEPT, '{"v":1,"session":')
    renderPage(routes.home)
    expect(screen.getByLabelText('正在读取您的账户')).toBeTruthy()
    await screen.findByRole('group', { name: '我的个人账户' })
    reload()
    // Another session of this window (signed in again): the last session's answer is not shown.
    await backend().signIn({ memberRef: 'p-ljg', platform: 'h5' })
    renderPage(routes.home)
    expect(screen.getByLabelText('正在读取您的账户')).toBeTruthy()
    expect(screen.queryByRole('group', { name: '我的个人账户' })).toBeNull()
    await screen.findByRole('group', { name: '我的个人账户' })
  })

  it('is dropped on sign-out, on another member, on a session end and on 清除本机数据', async () => {
    await homeDrawn()
    expect(kept()).not.toBeNull()
    await act(() => useSession.getState().signOut())
    expect(kept()).toBeNull()

    await backend().signIn({ memberRef: 'p-ljg', platform: 'h5' })
    act(() => useSession.setState({ status: 'idle' }))
    await homeDrawn()
    expect(kept()).not.toBeNull()
    act(() => void useSettings.getState().clearDeviceData())
    expect(kept()).toBeNull()

    await homeDrawn()
    expect(kept()).not.toBeNull()
    const other = await backend().signIn({ memberRef: 'p-zzq', platform: 'h5' })
    act(() => void enterSession(other.member))
    expect(kept()).toBeNull()

    await screen.findByRole('group', { name: '当前登录' })
    await waitFor(() => expect(kept()).toContain('周*强'))
    // The server ends the session: the next call is refused, and the snapshot goes with the session.
    testBackend.control.clock.shiftDays(1)
    await act(() => invalidate('balances'))
    await waitFor(() => expect(kept()).toBeNull())
  })
})

describe('the other screens', () => {
  it('账户余额查询 shows the balances 首页 was answered at once (and asks again behind them)', async () => {
    await homeDrawn()
    expect(peekQuery<{ personalAccount?: { carriedOverFen: number } }>(['balances']).data?.personalAccount?.carriedOverFen).toBe(328050)
  })
})

describe('a refresh that fails', () => {
  it('keeps the stored figures, says so on the same line, and tries again when it is tapped', async () => {
    await homeDrawn()
    reload()
    testBackend.control.setFaults({ failureRate: 1 })
    renderPage(routes.home)
    const retry = await screen.findByRole('button', { name: '重试' })
    expect(screen.getByRole('status', { name: '数据更新时间' }).textContent).toBe('更新于 10:00，刷新失败')
    expect(screen.getByRole('group', { name: '我的个人账户' }).textContent).toContain('¥3,280.50')
    testBackend.control.setFaults({ failureRate: 0 })
    testBackend.control.setCarriedOver('360602198604151314', 300000)
    act(() => void fireEvent.click(retry))
    await waitFor(() => expect(screen.getByRole('group', { name: '我的个人账户' }).textContent).toContain('¥3,000.00'))
    expect(screen.getByRole('status', { name: '数据更新时间' }).textContent).toBe('已更新 10:00')
  })

  it('in 长辈模式: the line short and whole, 重试 a button of its own beside it (not inside the text that may be cut)', async () => {
    await homeDrawn()
    reload()
    useSettings.setState({ elderMode: true })
    testBackend.control.setFaults({ failureRate: 1 })
    renderPage(routes.home)
    const retry = await screen.findByRole('button', { name: '重试' })
    const line = screen.getByRole('status', { name: '数据更新时间' })
    expect(line.closest('.page--elder')).not.toBeNull()
    expect(line.textContent).toBe('更新于 10:00，刷新失败')
    expect(line.contains(retry)).toBe(false)
    expect(retry.className).toContain('home__retry')
    // The row that holds both is the one the figures keep their place under.
    expect(retry.parentElement).toBe(line.parentElement)
  })

  it('without anything stored: the error and 重试 where the figures go, the line empty', async () => {
    testBackend.control.setFaults({ failureRate: 1 })
    renderPage(routes.home)
    expect(await screen.findByRole('alert')).toBeTruthy()
    expect(screen.getByRole('status', { name: '数据更新时间' }).textContent).toBe('')
    expect(screen.getByRole('button', { name: /^微服务/ })).toBeTruthy()
  })
})

describe('a change the stored answer does not know of', () => {
  it('drops it: the next load waits for the server rather than showing figures that would jump', async () => {
    await homeDrawn()
    // 首页 is no longer on screen (another page is), so nothing asks again at once.
    cleanup()
    await act(() => invalidate('authorizations'))
    expect(kept()).toBeNull()
    reload()
    renderPage(routes.home)
    expect(screen.getByLabelText('正在读取您的账户')).toBeTruthy()
    await screen.findByRole('group', { name: '我的个人账户' })
    await waitFor(() => expect(kept()).not.toBeNull())
  })
})
