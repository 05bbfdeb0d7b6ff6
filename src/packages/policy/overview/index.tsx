import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import FormField from '@/components/FormField'
import PolicyAnswer from '@/components/PolicyAnswer'
import SegmentedControl from '@/components/SegmentedControl'
import SpendingTable from '@/components/SpendingTable'
import LinkCell from '@/components/LinkCell'
import { CITY_CODES, PLACE_LABELS, SPENDING_KINDS, SPENDING_KIND_LABELS, policyFor, type CityCode, type Place, type SpendingKind } from '@/domain/policy'
import { formatFen } from '@/domain/money'
import { outpatientFamilyAccountAnswer, sharedFundsAnswer } from '@/domain/policy-lookup'
import { yearOf } from '@/domain/day'
import { routes } from '@/navigation/routes'
import { useSession } from '@/stores/session'
import SourceLine from '@/components/SourceLine'
import { useServerToday } from '@/stores/today'

type Question = 'shared' | 'household'

export default function PolicyLookup() {
  const today = useServerToday()
  const member = useSession((s) => s.member)
  const year = yearOf(today)
  // Starts at the member's own city and this year's rules; the person may look at another city.
  const [chosenCity, setCity] = useState<CityCode | undefined>(undefined)
  const city = chosenCity ?? member?.city ?? 'yingtan'
  const [question, setQuestion] = useState<Question>('shared')
  const [kind, setKind] = useState<SpendingKind>('drug')
  const [chosenPlace, setPlace] = useState<Place>('pharmacy')
  const policy = policyFor(city, year)
  // The places this city's rules speak of; a place chosen for another city falls back to the first.
  const place = policy.places.choices.includes(chosenPlace) ? chosenPlace : policy.places.choices[0]
  const ofaRule = policy.outpatientFamilyAccount
  const asked: Question = ofaRule ? question : 'shared'
  // One question, one answer: the 门诊家庭账户 (居民医保) is a question of its own.
  const answer = asked === 'household' ? outpatientFamilyAccountAnswer(policy, kind, place) : sharedFundsAnswer(policy, kind, place)

  return (
    <Page open>
      <View className='section-title'>{year}年 · 看病买药能不能用这笔钱？</View>
      <FormField label='参保地'>
        <SegmentedControl label='参保地' value={city} options={CITY_CODES.map((c) => ({ value: c, label: policyFor(c, year).cityName }))} onChange={setCity} />
      </FormField>
      {ofaRule && (
        <FormField label='想查哪笔钱'>
          <SegmentedControl
            label='想查哪笔钱'
            layout='list'
            value={asked}
            options={[
              { value: 'shared', label: '家人授权的职工医保历年余额' },
              { value: 'household', label: '居民医保门诊家庭账户' },
            ]}
            onChange={setQuestion}
          />
        </FormField>
      )}
      <FormField label='费用类别'>
        <SegmentedControl label='费用类别' layout='grid' value={kind} options={SPENDING_KINDS.map((k) => ({ value: k, label: SPENDING_KIND_LABELS[k] }))} onChange={setKind} />
      </FormField>
      <FormField label='就医地点'>
        <SegmentedControl label='就医地点' layout='list' value={place} options={policy.places.choices.map((p) => ({ value: p, label: PLACE_LABELS[p] }))} onChange={setPlace} />
      </FormField>
      {answer && (
        <PolicyAnswer
          title={asked === 'household' ? `门诊家庭账户（居民医保，每人每年 ${formatFen(ofaRule?.allowancePerResidentFen ?? 0)}）` : '家庭共济资金（授权人个人账户历年余额）'}
          answer={answer}
        />
      )}

      <View className='section-title'>
        {policy.cityName}共济资金使用范围（{year}年现行规定）
      </View>
      <SpendingTable policy={policy} />
      {policy.outpatientFamilyAccount && (
        <>
          <View className='section-title'>{policy.cityName}门诊家庭账户使用地点</View>
          <View className='cells' role='list' aria-label={`${policy.cityName}门诊家庭账户使用地点`}>
            {policy.places.choices.map((p) => {
              const rule = policy.outpatientFamilyAccount!.places[p]
              return (
                <View key={p} className='cell' role='listitem'>
                  <View className='cell__body'>
                    <View className='cell__title'>{PLACE_LABELS[p]}</View>
                    <View className='cell__desc'>{rule.note}</View>
                    <SourceLine source={rule.source} />
                  </View>
                  <View className={rule.usable ? 'spending-table__yes' : 'spending-table__no'}>{rule.usable ? '可以使用' : '不能使用'}</View>
                </View>
              )
            })}
          </View>
        </>
      )}
      <View className='cells'>
        <LinkCell title='门诊统筹测算（宜春职工）' desc='起付线、报销比例、年度限额' onClick={() => Taro.navigateTo({ url: routes.pooling })} />
        <LinkCell title='常见问题' desc='绑定失败原因、亲情账户与家庭共济、跨省就医' onClick={() => Taro.navigateTo({ url: routes.faq })} />
      </View>
    </Page>
  )
}
