import { View } from '@tarojs/components'
import { formatFen } from '@/domain/money'
import LinkCell from '../LinkCell'
import type { Balances } from '@/stores/types'

/** A Yingtan resident household's 门诊家庭账户: what is left this year and where it can be used (the server's place labels). */
export default function HouseholdAccountCard({ account, onOpen }: { account: NonNullable<Balances['outpatientFamilyAccount']>; onOpen?: () => void }) {
  return (
    <View className='card' role='group' aria-label='我家的门诊家庭账户'>
      <View className='account__label'>我家的门诊家庭账户（{account.year}年度）</View>
      <View className='account__figure account__figure--small'>{formatFen(account.remainingFen)}</View>
      <View className='text-muted'>
        全家居民医保参保人共用，本年度共 {formatFen(account.allowanceFen)}
        {account.places.length > 0 && `；可在${account.places.join('、')}门诊使用`}。
      </View>
      {onOpen && <LinkCell title='谁用了、在哪里用、还剩多少' onClick={onOpen} />}
    </View>
  )
}
