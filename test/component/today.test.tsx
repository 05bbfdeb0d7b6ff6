// Issue 20 item 8: one today — the server's day, refreshed after a clock move, on a member switch and at China midnight.
import { act, render, screen } from '@testing-library/react'
import { testBackend } from './render'
import { useDev } from '@/stores/dev'
import { signInAs } from '@/stores/signIn'
import { useServerToday, useToday } from '@/stores/today'

function Probe() {
  return <div data-testid='today'>{useServerToday()}</div>
}
const shown = () => screen.getByTestId('today').textContent

beforeEach(() => useToday.setState({ day: '2000-01-01' }))

describe('the app’s one today follows the server’s day', () => {
  it.each([
    ['on showing: the server’s day, not a stale one', async () => undefined, '2026-11-22'],
    ['after the developer panel moves the clock', async () => act(() => useDev.getState().nextDay()), '2026-11-23'],
    ['on a member switch', async () => {
      testBackend.control.clock.shiftDays(2)
      await act(async () => {
        await signInAs((await testBackend.listDemoMembers()).find((d) => d.maskedName === '王*英')!.ref)
      })
    }, '2026-11-24'],
    ['at China midnight, with the app open', async () => {
      testBackend.control.clock.shiftDays(1)
      await act(async () => {
        jest.advanceTimersByTime(14 * 3600 * 1000 + 1000)
      })
    }, '2026-11-23'],
  ] as [string, () => Promise<unknown>, string][])('%s', async (_n, step, day) => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
    try {
      render(<Probe />)
      await step()
      expect(shown()).toBe(day)
    } finally {
      jest.useRealTimers()
    }
  })
})
