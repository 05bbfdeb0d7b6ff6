import type { ProvincePolicy } from './types'
import { DOMAIN_MD, cite } from './sources'

/**
 * How long a session lasts (province.sessions): its own module, since 首页 (the H5 first screen) needs only this of
 * the province's policy — a kept answer older than a session can stay idle is not shown (src/stores/query.ts).
 */
export const sessions: ProvincePolicy['sessions'] = {
  idleMinutes: 30,
  maxHours: 12,
  source: cite(DOMAIN_MD, 'Sign-in, sessions and the 医保支付密码 (30 minutes after the last call, 12 hours after sign-in)'),
}
