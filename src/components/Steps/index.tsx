import { View } from '@tarojs/components'
import './index.scss'

/** Where the person is in a flow: 填写信息 → 确认提交 → 办理结果; `failed` marks the current step as not done. */
export default function Steps({ steps, current, failed = false }: { steps: readonly string[]; current: number; failed?: boolean }) {
  const state = (i: number) => (i === current ? (failed ? 'steps__item steps__item--failed' : 'steps__item steps__item--on') : i < current ? 'steps__item steps__item--done' : 'steps__item')
  return (
    <View className='steps' role='list' aria-label={`第${current + 1}步，共${steps.length}步${failed ? '，未成功' : ''}`}>
      {steps.map((s, i) => (
        <View key={s} role='listitem' className={state(i)}>
          <View className='steps__dot' aria-hidden='true'>
            {i === current && failed ? '!' : i + 1}
          </View>
          <View className='steps__text'>{s}</View>
        </View>
      ))}
    </View>
  )
}
