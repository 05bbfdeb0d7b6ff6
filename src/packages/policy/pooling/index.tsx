import { View } from '@tarojs/components'
import Page from '@/components/Page'
import FormField from '@/components/FormField'
import PrimaryButton from '@/components/PrimaryButton'
import SegmentedControl from '@/components/SegmentedControl'
import TextField from '@/components/TextField'
import { formatFen } from '@/domain/money'
import { INSTITUTION_LEVEL_LABELS, policyFor, type InstitutionLevel } from '@/domain/policy'
import { yearOf } from '@/domain/day'
import { poolingView, usePooling } from '@/stores/pooling'
import SourceLine from '@/components/SourceLine'
import { useServerToday } from '@/stores/today'

const LEVELS = (Object.keys(INSTITUTION_LEVEL_LABELS) as InstitutionLevel[]).map((l) => ({ value: l, label: `${INSTITUTION_LEVEL_LABELS[l]}医院` }))

export default function Pooling() {
  const year = yearOf(useServerToday())
  const p = usePooling()
  const rule = policyFor('yichun', year).outpatientPooling!
  const view = poolingView(p.lines, p.retiree, year)
  const e = view.estimate
  return (
    <Page open>
      <View className='card'>
        <View className='cell__title'>宜春职工医保普通门诊统筹</View>
        <View className='text-muted'>
          起付线 {formatFen(rule.deductibleFen)}/年；一级、二级、三级医院报销 {rule.ratioByLevel.level1}%、{rule.ratioByLevel.level2}%、{rule.ratioByLevel.level3}%；年度最高 {formatFen(rule.capFen)}。退休人员比例提高 {rule.retireeRatioUplift} 个百分点，最高 {formatFen(rule.retireeCapFen)}。
        </View>
        <View className='text-muted'>不予支付：{rule.excluded.join('、')}。</View>
        <SourceLine source={rule.source} />
      </View>
      <FormField label='人员类别'>
        <SegmentedControl label='人员类别' value={p.retiree ? 'retired' : 'active'} options={[{ value: 'active', label: '在职' }, { value: 'retired', label: '退休' }]} onChange={(v) => p.setRetiree(v === 'retired')} />
      </FormField>
      {p.lines.map((l, i) => (
        <View key={l.id}>
          <FormField label={`第${i + 1}笔门诊费用（元）`} error={view.errors[l.id]}>
            <TextField label={`第${i + 1}笔门诊费用（元）`} type='digit' value={l.amount} placeholder='如 800.00' onInput={(v) => p.setAmount(l.id, v)} />
          </FormField>
          <FormField label={`第${i + 1}笔就诊医院等级`}>
            <SegmentedControl label={`第${i + 1}笔就诊医院等级`} value={l.level} options={LEVELS} onChange={(v) => p.setLevel(l.id, v)} />
          </FormField>
          {p.lines.length > 1 && <PrimaryButton kind='warn' text={`删除第${i + 1}笔`} onClick={() => p.removeLine(l.id)} />}
        </View>
      ))}
      <PrimaryButton kind='default' text='再添加一笔' onClick={p.addLine} />
      {e ? (
        <View className='card' role='region' aria-label='测算结果'>
          <View className='cell__title'>预计统筹基金支付 {formatFen(e.paidFen)}</View>
          <View className='text-muted'>门诊费用合计 {formatFen(e.totalFen)}</View>
          <View className='text-muted'>计入起付线 {formatFen(e.deductibleUsedFen)}</View>
          <View className='text-muted'>个人负担 {formatFen(e.selfFen)}（可用个人账户或家庭共济资金支付）</View>
          {e.capReached && <View className='text-muted'>已达到年度最高支付限额 {formatFen(e.capFen)}</View>}
          <View className='source'>测算结果仅供参考，以医保经办机构结算为准。</View>
        </View>
      ) : (
        <View className='card text-muted'>输入门诊费用后显示测算结果。</View>
      )}
    </Page>
  )
}
