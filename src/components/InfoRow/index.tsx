import { View } from '@tarojs/components'

/** One line of a list to check: a label on the left, its value on the right (wrapping, never overflowing). */
export default function InfoRow({ label, value }: { label: string; value: string }) {
  return (
    <View className='cell' role='listitem'>
      <View className='cell__label text-muted'>{label}</View>
      <View className='cell__value cell__value--fill'>{value}</View>
    </View>
  )
}
