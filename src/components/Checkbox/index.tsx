import { View } from '@tarojs/components'
import './index.scss'

interface Props {
  label: string
  checked: boolean
  disabled?: boolean
  onChange: (checked: boolean) => void
}

/** A large tick box whose visible label is its accessible name. */
export default function Checkbox({ label, checked, disabled = false, onChange }: Props) {
  return (
    <View className={`checkbox${disabled ? ' checkbox--off' : ''}`} role='checkbox' aria-checked={checked} aria-disabled={disabled} aria-label={label} onClick={() => !disabled && onChange(!checked)}>
      <View className={checked ? 'checkbox__tick checkbox__tick--on' : 'checkbox__tick'} aria-hidden='true'>
        {checked ? '✓' : ''}
      </View>
      <View className='checkbox__label'>{label}</View>
    </View>
  )
}
