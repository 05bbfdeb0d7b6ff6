import type { Scheme } from './people'

// Who is looking, for each first screen (首页, 账户余额, 家庭共济): the question each role comes with.
//   authorizer — an employee-scheme member: "how much do I have, and who in my family can use it?"
//   user       — a relative bound by an authorizer: "whose money may I use, and how much?"
//   resident   — a resident-scheme member bound by nobody: "what does our household's 门诊家庭账户 hold?"
export type MemberRole = 'authorizer' | 'user' | 'resident'

export const ROLE_LABELS: Record<MemberRole, string> = { authorizer: '授权人', user: '使用人', resident: '居民医保参保人' }

/** Said once, where a person first meets the words (授权登记, 家庭共济, 关系查询). */
export const ROLE_EXPLAINED = {
  authorizer: '授权人：职工医保参保人，把自己个人账户的历年余额授权给家人用。',
  user: '使用人：被授权的家人，看病买药时可以用授权人的历年余额。',
} as const

export function roleOf(member: { scheme: Scheme }, activeBindingsAsUser: number): MemberRole {
  if (member.scheme === 'employee') return 'authorizer'
  return activeBindingsAsUser > 0 ? 'user' : 'resident'
}
