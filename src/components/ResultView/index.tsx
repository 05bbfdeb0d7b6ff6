import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import './index.scss'

interface Props {
  kind: 'success' | 'fail'
  title: string
  children?: ReactNode
}

/** WeUI-like result page body: an icon, a title and details. */
export default function ResultView({ kind, title, children }: Props) {
  return (
    <View className='result-view' role={kind === 'fail' ? 'alert' : 'status'}>
      <View className={`result-view__icon result-view__icon--${kind}`} aria-hidden='true'>
        {kind === 'success' ? '✓' : '!'}
      </View>
      <View className='result-view__title'>{title}</View>
      {children}
    </View>
  )
}
