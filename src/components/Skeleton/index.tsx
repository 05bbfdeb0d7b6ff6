import { View } from '@tarojs/components'
import './index.scss'

/** Grey placeholder blocks while figures load (no spinner that never ends). */
export default function Skeleton({ rows = 3, label = '正在加载' }: { rows?: number; label?: string }) {
  return (
    <View className='card skeleton' aria-busy='true' aria-label={label}>
      {Array.from({ length: rows }, (_, i) => (
        <View key={i} className={`skeleton__bar skeleton__bar--${i % 3}`} />
      ))}
    </View>
  )
}
