import { roleOf } from '@/domain/roles'
import type { Backend, HomeView, PaymentRecord } from '../backend'
import { accounts } from './accounts'
import { authorizations } from './authorizations'
import { me, type ServerContext } from './context'
import { household } from './household'
import { memberView } from './identity'
import { payments } from './payments'
import { records } from './records'

type HomeOps = { getHome: (...args: Parameters<Backend['getHome']>) => Awaited<ReturnType<Backend['getHome']>> }

/**
 * 首页 in one answer (issue 22): composed of the very operations the other screens ask one by one — the same rules,
 * the same masking, nothing computed twice — so the answer equals theirs and says nothing they would not.
 */
export function home(ctx: ServerContext): HomeOps {
  const { getBalances } = accounts(ctx)
  const { listAuthorizations } = authorizations(ctx)
  const { dueItems } = payments(ctx)
  const { listRecords } = records(ctx)
  const { recordTotals } = household(ctx)
  return {
    getHome: (): HomeView => {
      const m = me(ctx)
      const member = memberView(m)
      const balances = getBalances()
      const drawable = listAuthorizations().asUser.filter((a) => a.status === 'active')
      const role = roleOf(member, drawable.length)
      const view: HomeView = { member, role, balances, drawable }
      // Only an authorizer pays for relatives (代缴) and has relatives drawing on his 历年余额.
      if (role === 'authorizer') {
        view.due = dueItems()
        const { month, monthFen } = recordTotals({ personRef: 'family' })
        view.familyMonth = { month, monthFen }
      }
      // A resident's 首页 says who paid her premium: the newest one someone else paid (as 共济使用明细 lists it).
      if (member.scheme === 'resident') {
        const paid = listRecords({ pageSize: 10, personRef: 'self', kind: 'residentPremium' }).items.find((r): r is PaymentRecord => r.type === 'payment' && r.payer.ref !== m.ref)
        view.premiumPaidForMe = paid ?? null
      }
      return view
    },
  }
}
