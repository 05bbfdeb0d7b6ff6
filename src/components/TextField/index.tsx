import { Input } from '@tarojs/components'
import './index.scss'

interface Props {
  /** The visible label's text: also the accessible name of the input on H5. */
  label: string
  value: string
  placeholder?: string
  maxlength?: number
  type?: 'text' | 'idcard' | 'digit'
  onInput: (value: string) => void
  onBlur?: () => void
}

export default function TextField({ label, value, placeholder, maxlength = 140, type = 'text', onInput, onBlur }: Props) {
  return (
    <Input
      className='text-field'
      type={type}
      value={value}
      placeholder={placeholder}
      maxlength={maxlength}
      nativeProps={{ 'aria-label': label, autoComplete: 'off' }}
      onInput={(e) => onInput(e.detail.value)}
      onBlur={onBlur}
    />
  )
}
