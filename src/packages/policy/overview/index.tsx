import { useState } from 'react'
import { View } from '@tarojs/components'
import SegmentedControl from '@/components/SegmentedControl'
import SpendingTable from '@/components/SpendingTable'
import { CITY_CODES, policyFor, type CityCode } from '@/domain/policy'

const POLICY_YEAR = 2025

export default function PolicyOverview() {
  const [city, setCity] = useState<CityCode>('yingtan')
  const policy = policyFor(city, POLICY_YEAR)
  return (
    <View className='page'>
      <View className='section-title'>选择参保地</View>
      <SegmentedControl
        label='参保地'
        value={city}
        options={CITY_CODES.map((code) => ({ value: code, label: policyFor(code, POLICY_YEAR).cityName }))}
        onChange={setCity}
      />
      <View className='section-title'>{policy.cityName} {policy.year} 年共济资金使用范围</View>
      <SpendingTable policy={policy} />
      <View className='card'>
        <View className='cell__title'>跨省异地就医</View>
        <View className='text-muted'>{policy.crossProvinceSpending.note}</View>
        <View className='source'>依据：{policy.crossProvinceSpending.source}</View>
      </View>
    </View>
  )
}
