import { roleOf, type MemberRole } from '@/domain/roles'
import { useAccounts } from './accounts'
import { useAuthorizations } from './authorizations'
import { useSession } from './session'
import type { AuthorizationView, Balances, Member } from './types'

// What every first screen (首页, 账户余额, 家庭共济) needs to answer its role's question: who is logged in,
// their balances and their bindings. Ready only when all three have arrived, so no screen shows an empty state
// ("您还没有…") for data that is merely on its way.
export interface Overview {
  member?: Member
  role?: MemberRole
  balances?: Balances
  /** Active bindings where I am the 使用人. */
  drawable: AuthorizationView[]
  /** Active bindings where I am the 授权人. */
  bound: AuthorizationView[]
  ready: boolean
  error?: string
  load(): void
}

export function useOverview(): Overview {
  const session = useSession()
  const accounts = useAccounts()
  const auth = useAuthorizations()
  const drawable = auth.asUser.filter((a) => a.status === 'active')
  const bound = auth.asAuthorizer.filter((a) => a.status === 'active')
  const authLoaded = auth.status === 'ready' || auth.asAuthorizer.length + auth.asUser.length > 0
  const member = session.member ?? undefined
  const ready = Boolean(member && accounts.balances && authLoaded)
  return {
    member,
    role: member && authLoaded ? roleOf(member, drawable.length) : undefined,
    balances: accounts.balances,
    drawable,
    bound,
    ready,
    error: session.error ?? accounts.error ?? auth.error,
    load() {
      if (!session.member) void session.load()
      void accounts.load()
      void auth.load()
    },
  }
}
