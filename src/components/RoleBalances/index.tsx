import { View } from '@tarojs/components'
import { formatFen } from '@/domain/money'
import type { MemberRole } from '@/domain/roles'
import type { AuthorizationView, Balances } from '@/stores/types'
import DrawableCard from '../DrawableCard'
import HouseholdAccountCard from '../HouseholdAccountCard'

interface Props {
  role: MemberRole
  balances: Balances
  drawable: AuthorizationView[]
  /** 账户余额查询 shows the 当年余额 beside the 历年余额; 首页 only the figure that can be shared. */
  detailed?: boolean
  /** A refresh is under way (the figures shown are the last ones). */
  busy?: boolean
  /** Opens the 门诊家庭账户 page. */
  onOpenHousehold?: () => void
}

/** The money each role asks about first: the authorizer's 历年余额, the 使用人's drawable amount, the household's 门诊家庭账户. */
export default function RoleBalances({ role, balances, drawable, detailed = false, busy, onOpenHousehold }: Props) {
  const account = balances.personalAccount
  return (
    <>
      {role === 'authorizer' && account && (
        <View className='card' role='group' aria-label='我的个人账户' aria-busy={busy}>
          <View className='account__label'>个人账户历年余额</View>
          <View className='account__figure'>{formatFen(account.carriedOverFen)}</View>
          <View className='text-muted'>可用于您和已绑定家人看病买药、为家人代缴居民医保费</View>
          {detailed && (
            <View className='account__row'>
              <View className='account__label'>当年余额</View>
              <View className='account__figure account__figure--small'>{formatFen(account.currentYearFen)}</View>
              <View className='text-muted'>仅限本人使用，次年转入历年余额后才能给家人用</View>
            </View>
          )}
        </View>
      )}
      {drawable.length > 0 && <DrawableCard bindings={drawable} />}
      {balances.outpatientFamilyAccount && <HouseholdAccountCard account={balances.outpatientFamilyAccount} onOpen={onOpenHousehold} />}
      {role === 'resident' && (
        <View className='card text-muted' role='note'>
          您参加的是城乡居民医保，没有可以授权给家人的个人账户。家人中有职工医保参保人的，可以由他把历年余额授权给您使用（在他的手机上办理“家庭账户共济授权登记”）。
        </View>
      )}
    </>
  )
}
