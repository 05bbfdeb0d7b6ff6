import type { ProvincePolicy } from './types'
import type { Source } from './sources'

// DOMAIN_MD of sources.ts, written out here: importing sources.ts would bring its whole table onto the first screen
// (test/unit/policy.test.ts checks the two agree).
const DOMAIN_MD_SESSIONS: Source = {
  label: '江西医保家庭共济办理须知',
  ref: 'shared/domain.md, Sign-in, sessions and the 医保支付密码 (30 minutes after the last call, 12 hours after sign-in)',
}

/**
 * How long a session lasts (province.sessions): its own module, since 首页 (the H5 first screen) needs only this of
 * the province's policy — a kept answer older than a session can stay idle is not shown (src/stores/query.ts).
 */
export const sessions: ProvincePolicy['sessions'] = { idleMinutes: 30, maxHours: 12, source: DOMAIN_MD_SESSIONS }
