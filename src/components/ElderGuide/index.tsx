import { View } from '@tarojs/components'
import { useSettings } from '@/stores/settings'

/** 长辈模式 only: what to do on this page, in a few short numbered steps. */
export default function ElderGuide({ steps }: { steps: readonly string[] }) {
  const elder = useSettings((s) => s.elderMode)
  if (!elder) return null
  return (
    <View className='card' role='note' aria-label='办理步骤'>
      <View className='cell__title'>怎么办理</View>
      {steps.map((step, i) => (
        <View key={step} className='text-muted'>
          {i + 1}. {step}
        </View>
      ))}
    </View>
  )
}
