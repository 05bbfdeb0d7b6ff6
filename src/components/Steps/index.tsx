import { View } from '@tarojs/components'
import './index.scss'

/** Where the person is in a flow: 填写信息 → 确认提交 → 办理结果. */
export default function Steps({ steps, current }: { steps: readonly string[]; current: number }) {
  return (
    <View className='steps' role='list' aria-label={`第${current + 1}步，共${steps.length}步`}>
      {steps.map((s, i) => (
        <View key={s} role='listitem' className={i === current ? 'steps__item steps__item--on' : i < current ? 'steps__item steps__item--done' : 'steps__item'}>
          <View className='steps__dot' aria-hidden='true'>
            {i + 1}
          </View>
          <View className='steps__text'>{s}</View>
        </View>
      ))}
    </View>
  )
}
