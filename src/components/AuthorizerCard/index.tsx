import { View } from '@tarojs/components'
import { formatFen } from '@/domain/money'
import { EMPLOYEE_KIND_LABELS, SCHEME_LABELS } from '@/domain/people'
import type { Member } from '@/stores/types'

/** 授权人信息: the logged-in member, masked, with the 历年余额 that can be shared. */
export default function AuthorizerCard({ member, carriedOverFen }: { member: Member; carriedOverFen?: number }) {
  return (
    <View className='card' role='group' aria-label='授权人信息'>
      <View className='form-field__label'>授权人信息</View>
      <View className='cell__title'>
        {member.maskedName} {member.maskedId}
      </View>
      <View className='text-muted'>
        {SCHEME_LABELS[member.scheme]}
        {member.employeeKind ? `（${EMPLOYEE_KIND_LABELS[member.employeeKind]}）` : ''} · 参保地 {member.cityName}
      </View>
      {carriedOverFen !== undefined && (
        <View className='text-muted'>
          个人账户历年余额 <View className='money'>{formatFen(carriedOverFen)}</View>（仅历年余额可共济）
        </View>
      )}
    </View>
  )
}
