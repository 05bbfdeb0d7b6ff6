import { backend } from '@/services'
import { useQuery } from './query'
import { invalidate } from './queryChanges'

// 家庭共济关系查询: my bindings as authorizer and as user (server data). Cancelling either side (what I am
// doing) is cancellation.ts: 首页 reads the list and goes without it.
export const AUTHORIZATIONS = ['authorizations'] as const
const fetchAuthorizations = () => backend().listAuthorizations()

export const useAuthorizationList = () => useQuery(AUTHORIZATIONS, fetchAuthorizations)

/** What registering or cancelling a binding makes stale. */
export const bindingChanged = () => invalidate('authorizations', 'balances', 'due', 'offer', 'records')
