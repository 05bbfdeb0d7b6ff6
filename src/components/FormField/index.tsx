import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import './index.scss'

interface Props {
  label: string
  hint?: string
  error?: string
  children: ReactNode
}

/** A visible label above its control, an optional hint, and the domain's message when the value is wrong. */
export default function FormField({ label, hint, error, children }: Props) {
  return (
    <View className={error ? 'form-field form-field--error' : 'form-field'}>
      <View className='form-field__label'>{label}</View>
      {children}
      {hint && !error && <View className='form-field__hint'>{hint}</View>}
      {error && (
        <View className='form-field__error' aria-live='polite'>
          {error}
        </View>
      )}
    </View>
  )
}
