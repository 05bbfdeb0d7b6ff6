import { View } from '@tarojs/components'
import { buttonProps } from '../a11y'
import './index.scss'

/** A failed load: what happened, in one sentence, and a 重试 button. */
export default function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <View className='error-state' role='alert'>
      <View className='error-state__text'>{message}</View>
      <View className='error-state__retry' {...buttonProps()} onClick={onRetry}>
        重试
      </View>
    </View>
  )
}
