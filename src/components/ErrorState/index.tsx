import { Button, View } from '@tarojs/components'
import './index.scss'

/** A failed load: what happened, in one sentence, and a 重试 button. */
export default function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <View className='error-state' role='alert'>
      <View className='error-state__text'>{message}</View>
      <Button className='error-state__retry' onClick={onRetry}>
        重试
      </Button>
    </View>
  )
}
