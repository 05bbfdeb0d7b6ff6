import { useEffect, useRef } from 'react'
import { View } from '@tarojs/components'
import { buttonProps, focusTargetProps } from '../a11y'
import './index.scss'

/**
 * A failed call: what happened, in one sentence, and a 重试 button. Focus moves to it (H5). Where trying again
 * cannot help (a record that is not there), the page names another action (返回) instead.
 */
export default function ErrorState({ message, onRetry, actionText = '重试' }: { message: string; onRetry: () => void; actionText?: string }) {
  const ref = useRef<{ focus?: () => void }>(null)
  useEffect(() => {
    ref.current?.focus?.()
  }, [message])
  return (
    <View className='error-state' role='alert' ref={ref} {...focusTargetProps()}>
      <View className='error-state__text'>{message}</View>
      <View className='error-state__retry' {...buttonProps()} onClick={onRetry}>
        {actionText}
      </View>
    </View>
  )
}
