import { useDidShow } from '@tarojs/taro'
import { roleOf, type MemberRole } from '@/domain/roles'
import { useBalances } from './accounts'
import { useAuthorizationList } from './authorizations'
import { useSession } from './session'
import type { AuthorizationView, Balances, Member } from './types'

// What every first screen (首页, 账户余额, 家庭共济) needs to answer its role's question: who is signed in,
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
  /** 重试: everything asked again. */
  load(): void
}

export function useOverview(): Overview {
  const session = useSession()
  const balances = useBalances()
  const auth = useAuthorizationList()
  useDidShow(() => {
    if (!session.member) void session.load()
  })
  const lists = auth.data
  const drawable = (lists?.asUser ?? []).filter((a) => a.status === 'active')
  const bound = (lists?.asAuthorizer ?? []).filter((a) => a.status === 'active')
  const member = session.member ?? undefined
  return {
    member,
    role: member && lists ? roleOf(member, drawable.length) : undefined,
    balances: balances.data,
    drawable,
    bound,
    ready: Boolean(member && balances.data && lists),
    error: session.error ?? balances.error ?? auth.error,
    load() {
      if (!session.member) void session.load()
      void balances.refetch()
      void auth.refetch()
    },
  }
}
