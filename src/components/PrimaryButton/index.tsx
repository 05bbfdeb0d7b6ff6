import { View } from '@tarojs/components'
import { buttonProps } from '../a11y'
import './index.scss'

interface Props {
  text: string
  disabled?: boolean
  loading?: boolean
  kind?: 'primary' | 'default' | 'warn'
  onClick: () => void
}

/**
 * A large button (≥ 48 px high). A View with role=button rather than Taro's Button: the same look and
 * semantics on every platform, and on H5 a real accessible button. While `loading` it cannot be pressed.
 */
export default function PrimaryButton({ text, disabled, loading, kind = 'primary', onClick }: Props) {
  const off = Boolean(disabled || loading)
  return (
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
}
