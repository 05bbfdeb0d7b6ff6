import { View } from '@tarojs/components'
import { SPENDING_KINDS, SPENDING_KIND_LABELS, type CityPolicy } from '@/domain/policy'
import './index.scss'
import SourceLine from '../SourceLine'

/** The 使用范围 table of one city: can this kind of expense be paid from shared funds? */
export default function SpendingTable({ policy }: { policy: CityPolicy }) {
  return (
    <View className='cells spending-table' role='list' aria-label={`${policy.cityName}共济使用范围`}>
      {SPENDING_KINDS.map((kind) => {
        const rule = policy.spending[kind]
        return (
          <View key={kind} className='cell' role='listitem'>
            <View className='cell__body'>
              <View className='cell__title'>{SPENDING_KIND_LABELS[kind]}</View>
              <View className='cell__desc'>{rule.note}</View>
              <SourceLine source={rule.source} />
            </View>
            <View className={rule.payable ? 'spending-table__yes' : 'spending-table__no'}>
              {rule.payable ? '可以共济' : '不可共济'}
            </View>
          </View>
        )
      })}
    </View>
  )
}
