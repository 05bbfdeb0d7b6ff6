import type { ReactNode } from 'react'
import { useEffect, useRef } from 'react'
import { View } from '@tarojs/components'
import { focusTargetProps } from '../a11y'
import './index.scss'

interface Props {
  kind: 'success' | 'fail'
  title: string
  children?: ReactNode
}

/** WeUI-like result page body: an icon, a title and details. */
export default function ResultView({ kind, title, children }: Props) {
  // A refusal is where the person must read on: focus moves there (H5).
  const ref = useRef<{ focus?: () => void }>(null)
  useEffect(() => {
    if (kind === 'fail') ref.current?.focus?.()
  }, [kind])
  return (
    <View className='result-view' role={kind === 'fail' ? 'alert' : 'status'} ref={ref} {...focusTargetProps()}>
      <View className={`result-view__icon result-view__icon--${kind}`} aria-hidden='true'>
        {kind === 'success' ? '✓' : '!'}
      </View>
      <View className='result-view__title'>{title}</View>
      {children}
    </View>
  )
}
