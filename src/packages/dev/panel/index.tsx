import { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import SegmentedControl from '@/components/SegmentedControl'
import LinkCell from '@/components/LinkCell'
import { useDev, useDevVisit, windowEdges } from '@/stores/dev'
import FormField from '@/components/FormField'
import TextField from '@/components/TextField'
import PrimaryButton from '@/components/PrimaryButton'
import { PLACE_LABELS, PLACES, SPENDING_KIND_LABELS, SPENDING_KINDS } from '@/domain/policy'

// Hidden developer panel (H5 build only; 我的 → tap the version line five times).
const rates = [
  { value: '0', label: '0%' },
  { value: '0.2', label: '20%' },
  { value: '0.5', label: '50%' },
] as const

export default function DevPanel() {
  const dev = useDev()
  const visit = useDevVisit()
  // Opened first (by its address), the panel waits for the mock server before reading its switches.
  useDidShow(() => void dev.load())
  if (!dev.loaded) return <Page open />
  return (
    <Page open>
      <View className='section-title'>模拟服务当前日期：{dev.today}</View>
      <View className='cells'>
        <LinkCell title='日期前进一天' arrow={false} onClick={dev.nextDay} />
        {windowEdges().map((e) => (
          <LinkCell key={e.day} title={e.label} arrow={false} onClick={() => dev.goTo(e.day)} />
        ))}
        <LinkCell title='回到今天' arrow={false} onClick={dev.backToToday} />
        <LinkCell title='当前身份历年余额设为 ¥300.00' arrow={false} onClick={dev.lowBalance} />
        <LinkCell title='生成一万条本人使用明细' arrow={false} onClick={dev.manyRecords} />
        <LinkCell title='下一次请求失败' arrow={false} onClick={() => dev.failNext('network')} />
        <LinkCell title='下一次请求超时（已办理但未返回）' arrow={false} onClick={() => dev.failNext('timeout')} />
        <LinkCell title='下一次缴费请求超时（已扣款但未返回）' arrow={false} onClick={() => dev.failNext('timeout', 'payment')} />
      </View>
      <View className='section-title'>模拟就医/购药（本面板扮演定点医药机构，为就诊人本人结算）</View>
      <View className='card' role='group' aria-label='模拟就医/购药'>
        <SegmentedControl label='就医人' layout='grid' value={visit.visit.personRef} options={visit.visitPeople} onChange={(personRef) => visit.setVisit({ personRef })} />
        <SegmentedControl label='就医地点' layout='grid' value={visit.visit.place} options={PLACES.map((p) => ({ value: p, label: PLACE_LABELS[p] }))} onChange={(place) => visit.setVisit({ place })} />
        <SegmentedControl label='费用类别' layout='grid' value={visit.visit.kind} options={SPENDING_KINDS.map((k) => ({ value: k, label: SPENDING_KIND_LABELS[k] }))} onChange={(kind) => visit.setVisit({ kind })} />
        <FormField label='金额（元）'>
          <TextField label='金额（元）' type='digit' value={visit.visit.amount} placeholder='例如 35.50' onInput={(amount) => visit.setVisit({ amount })} />
        </FormField>
        <PrimaryButton text='结算' loading={visit.visiting} onClick={() => void visit.simulateVisit()} />
        {visit.visitResult && (
          <View className='text-muted' aria-live='polite'>
            {visit.visitResult}
          </View>
        )}
      </View>
      <View className='section-title'>请求失败率</View>
      <SegmentedControl label='请求失败率' value={String(dev.failureRate) as (typeof rates)[number]['value']} options={rates} onChange={(v) => dev.setFailureRate(Number(v))} />
      <View className='section-title'>请求超时率</View>
      <SegmentedControl label='请求超时率' value={String(dev.timeoutRate) as (typeof rates)[number]['value']} options={rates} onChange={(v) => dev.setTimeoutRate(Number(v))} />
      <View className='section-title'>模拟网络延迟</View>
      <SegmentedControl
        label='模拟网络延迟'
        value={dev.latency}
        options={[
          { value: 'demo', label: '150–400 毫秒' },
          { value: 'fixed150', label: '固定 150 毫秒' },
          { value: 'none', label: '无延迟' },
        ]}
        onChange={(v) => dev.setLatency(v)}
      />
    </Page>
  )
}
