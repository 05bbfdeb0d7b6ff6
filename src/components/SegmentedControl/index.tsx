import { View } from '@tarojs/components'
import './index.scss'

interface Option<T extends string> {
  value: T
  label: string
}

interface Props<T extends string> {
  label: string
  value: T
  options: readonly Option<T>[]
  onChange: (value: T) => void
}

/** A row of mutually exclusive choices (a radio group with a visible and an accessible label). */
export default function SegmentedControl<T extends string>({ label, value, options, onChange }: Props<T>) {
  return (
    <View className='segmented' role='radiogroup' aria-label={label}>
      {options.map((option) => {
        const selected = option.value === value
        return (
          <View
            key={option.value}
            role='radio'
            aria-checked={selected}
            className={selected ? 'segmented__item segmented__item--on' : 'segmented__item'}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </View>
        )
      })}
    </View>
  )
}
