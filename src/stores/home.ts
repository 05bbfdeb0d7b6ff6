import { useEffect } from 'react'
import { backend, hasSession, serverNow, type HomeView, type Member } from '@/services'
import { formatAsOfCn } from '@/domain/day'
import { BALANCES } from './accounts'
import { keepForWarmOpen, queryScope, sameMember, setQueryData, useQuery } from './query'
import { adoptMember, useSession } from './session'

// 首页 on the server-data layer: one question (getHome), one answer with everything the page shows. The answer is
// kept for the session (query.ts KEPT): the next load shows it at once, marked with when it was true, and asks again
// behind it. The answer names the member, so the session needs no call of its own.
export type { HomeView }

/** What 首页 draws, kept or fresh: the kept answer has no birth date, so nothing drawn may need it. */
export type HomeShown = Omit<HomeView, 'member'> & { member: Omit<Member, 'birthDate'> }

export const HOME = ['home'] as const

/**
 * What is kept of the answer for the next load: what 首页 draws. The member's birth date is left out (beside the
 * masked ID and the city it would rebuild the ID number); the session's member always comes from the server's answer
 * (adoptMember below), never from what was kept. Stamped with the server's time of the answer (the time 首页 says).
 */
keepForWarmOpen<HomeView>('home', {
  project: ({ member: { birthDate: _birthDate, ...member }, ...rest }): HomeShown => ({ ...rest, member }),
  asOf: (home) => Date.parse(home.balances.asOf),
})

const fetchHome = async (): Promise<HomeView> => {
  const still = sameMember()
  const home = await backend().getHome()
  adoptMember(home.member)
  // The same answer getBalances gives: 账户余额查询 shows it at once (and asks again behind it, the key stays stale).
  // Only into the cache of the member it is about: an answer that arrives after another member signed in (a reload
  // leaves `still` with no member to compare) writes nothing.
  setQueryData(BALANCES, () => home.balances, () => still() && queryScope().member === home.member.ref)
  return home
}

export function useHome() {
  const status = useSession((s) => s.status)
  const load = useSession((s) => s.load)
  // Without a session on this device there is nothing to ask: the session store says so (no call).
  const signedIn = hasSession()
  useEffect(() => {
    if (!signedIn && status === 'idle') void load()
  }, [signedIn, status, load])
  return useQuery<HomeShown>(HOME, fetchHome, status !== 'signedOut' && (signedIn || status === 'ready'))
}

/** 「10:01」, with the date before it when it is not today's (China time, both from the server's clock). */
export function asOfText(at: number, now: number = serverNow()): string {
  // A time no date can hold (a damaged answer) says nothing rather than breaking the page.
  try {
    return formatAsOfCn(at, now)
  } catch {
    return ''
  }
}
