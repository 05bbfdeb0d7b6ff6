import { View } from '@tarojs/components'
import { buttonProps } from '../a11y'
import './index.scss'

interface Props {
  text: string
  disabled?: boolean
  loading?: boolean
  kind?: 'primary' | 'default' | 'warn'
  /** Said beside a disabled button: what is still missing. */
  reason?: string
  onClick: () => void
}

/**
 * A large button (≥ 48 px high). A View with role=button rather than Taro's Button: the same look and
 * semantics on every platform, and on H5 a real accessible button. While `loading` it cannot be pressed.
 */
export default function PrimaryButton({ text, disabled, loading, kind = 'primary', reason, onClick }: Props) {
  const off = Boolean(disabled || loading)
  const button = (
    <View
      className={`primary-button primary-button--${kind}${off ? ' primary-button--off' : ''}`}
      {...buttonProps(off)}
      aria-busy={Boolean(loading)}
      onClick={() => {
        if (!off) onClick()
      }}
    >
      {text}
    </View>
  )
  if (!(disabled && reason)) return button
  return (
    <>
      {button}
      <View className='primary-button__reason' role='note'>
        {reason}
      </View>
    </>
  )
}
