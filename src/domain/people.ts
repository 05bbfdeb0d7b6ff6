import type { CityCode } from './policy'

// Insurance facts about a person, as the 医保 system knows them (shared/domain.md "People and accounts").
export type Scheme = 'employee' | 'resident'
export type EmployeeKind = 'active' | 'flexible' | 'retired'
export type InsuranceStatus = 'normal' | 'suspended' | 'terminated'

export const SCHEME_LABELS: Record<Scheme, string> = { employee: '职工医保', resident: '城乡居民医保' }
export const EMPLOYEE_KIND_LABELS: Record<EmployeeKind, string> = { active: '在职', flexible: '灵活就业', retired: '退休' }
export const STATUS_LABELS: Record<InsuranceStatus, string> = { normal: '正常', suspended: '暂停', terminated: '终止' }

export interface Insurance {
  scheme: Scheme
  employeeKind?: EmployeeKind
  status: InsuranceStatus
  /** Province of the insurance: only 'jiangxi' can take part in Jiangxi family mutual aid. */
  province: string
  /** Set when province is 'jiangxi'. */
  city?: CityCode
  /** Shown for out-of-province people ("杭州 (浙江)"). */
  placeName: string
}
