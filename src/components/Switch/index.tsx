import { View } from '@tarojs/components'
import { buttonProps } from '../a11y'
import './index.scss'

/** A WeUI switch cell: the label on the left, the switch on the right; the label is its accessible name. */
export default function Switch({ label, desc, checked, onChange }: { label: string; desc?: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <View className='cell switch' {...buttonProps()} role='switch' aria-checked={checked} aria-label={label} onClick={() => onChange(!checked)}>
      <View className='cell__body'>
        <View className='cell__title'>{label}</View>
        {desc && <View className='cell__desc'>{desc}</View>}
      </View>
      <View className={checked ? 'switch__track switch__track--on' : 'switch__track'} aria-hidden='true'>
        <View className='switch__knob' />
      </View>
    </View>
  )
}
