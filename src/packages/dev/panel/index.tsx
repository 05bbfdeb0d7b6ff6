import { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import SegmentedControl from '@/components/SegmentedControl'
import LinkCell from '@/components/LinkCell'
import { useDev, windowEdges } from '@/stores/dev'

// Hidden developer panel (H5 build only; 我的 → tap the version line five times).
const rates = [
  { value: '0', label: '0%' },
  { value: '0.2', label: '20%' },
  { value: '0.5', label: '50%' },
] as const

export default function DevPanel() {
  const dev = useDev()
  // Opened first (by its address), the panel waits for the mock server before reading its switches.
  useDidShow(() => void dev.load())
  if (!dev.loaded) return <Page />
  return (
    <Page>
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
      <View className='section-title'>请求失败率</View>
      <SegmentedControl label='请求失败率' value={String(dev.failureRate) as (typeof rates)[number]['value']} options={rates} onChange={(v) => dev.setFailureRate(Number(v))} />
      <View className='section-title'>请求超时率</View>
      <SegmentedControl label='请求超时率' value={String(dev.timeoutRate) as (typeof rates)[number]['value']} options={rates} onChange={(v) => dev.setTimeoutRate(Number(v))} />
      <View className='section-title'>模拟网络延迟</View>
      <SegmentedControl
        label='模拟网络延迟'
        value={dev.slow ? 'on' : 'off'}
        options={[
          { value: 'on', label: '150–400 毫秒' },
          { value: 'off', label: '无延迟' },
        ]}
        onChange={(v) => dev.setSlow(v === 'on')}
      />
    </Page>
  )
}
