import { View } from '@tarojs/components'
import { EMPLOYEE_KIND_LABELS, SCHEME_LABELS } from '@/domain/people'
import { ROLE_LABELS, type MemberRole } from '@/domain/roles'
import type { Member } from '@/stores/types'
import './index.scss'

/** Who is logged in: masked name, scheme, city and the role this screen speaks to. */
export default function MemberHeader({ member, role }: { member: Omit<Member, 'birthDate'>; role: MemberRole }) {
  return (
    <View className='member-header' role='group' aria-label='当前登录'>
      <View className='member-header__name'>您好，{member.maskedName}</View>
      <View className='member-header__meta'>
        {SCHEME_LABELS[member.scheme]}
        {member.employeeKind ? `（${EMPLOYEE_KIND_LABELS[member.employeeKind]}）` : ''} · {member.cityName} · {ROLE_LABELS[role]}
      </View>
    </View>
  )
}
