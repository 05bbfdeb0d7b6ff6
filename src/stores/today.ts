import { useEffect } from 'react'
import { useDidShow } from '@tarojs/taro'
import { create } from 'zustand'
import { msUntilChinaMidnight, type Day } from '@/domain/day'
import { serverNow, serverToday } from '@/services'

// One today: the server's day (its clock, the one seam), refreshed when a page shows (focus), after the
// developer panel moves the clock, on a member switch, and at China midnight while the app is open.

interface TodayState {
  day: Day
  /** Reads the server's day again; changes nothing when it is the same day. */
  refresh(): void
}

export const useToday = create<TodayState>((set, get) => ({
  day: serverToday(),
  refresh() {
    const day = serverToday()
    if (day !== get().day) set({ day })
  },
}))

let midnight: ReturnType<typeof setTimeout> | undefined
let watchers = 0

/** Refreshes at the next China midnight, and each one after, while some page watches the day. */
function watchMidnight(): () => void {
  watchers += 1
  const schedule = () => {
    midnight = setTimeout(() => {
      useToday.getState().refresh()
      schedule()
    }, msUntilChinaMidnight(serverNow()) + 1000)
  }
  if (watchers === 1) schedule()
  return () => {
    watchers -= 1
    if (watchers === 0 && midnight !== undefined) {
      clearTimeout(midnight)
      midnight = undefined
    }
  }
}

/** The server's day for a page: read again whenever the page shows, and at China midnight. */
export function useServerToday(): Day {
  const day = useToday((s) => s.day)
  const refresh = useToday((s) => s.refresh)
  useDidShow(refresh)
  useEffect(() => {
    refresh()
    return watchMidnight()
  }, [refresh])
  return day
}
