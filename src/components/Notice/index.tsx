import { View } from '@tarojs/components'

/** A one-time information bar the person closes. */
export default function Notice({ text, onClose }: { text: string; onClose: () => void }) {
  return (
    <View className='card' role='status'>
      <View className='text-muted'>{text}</View>
      <View className='cell__desc' role='button' onClick={onClose}>
        知道了
      </View>
    </View>
  )
}
