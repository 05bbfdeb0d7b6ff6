import { useEffect, useRef } from 'react'
import { View } from '@tarojs/components'
import { buttonProps, focusTargetProps } from '../a11y'
import './index.scss'

/** A failed call: what happened, in one sentence, and a 重试 button. Focus moves to it (H5). */
export default function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  const ref = useRef<{ focus?: () => void }>(null)
  useEffect(() => {
    ref.current?.focus?.()
  }, [message])
  return (
    <View className='error-state' role='alert' ref={ref} {...focusTargetProps()}>
      <View className='error-state__text'>{message}</View>
      <View className='error-state__retry' {...buttonProps()} onClick={onRetry}>
        重试
      </View>
    </View>
  )
}
