import { View } from '@tarojs/components'
import './index.scss'

interface Option<T extends string> {
  value: T
  label: string
}

interface Props<T extends string> {
  label: string
  value: T | undefined
  options: readonly Option<T>[]
  onChange: (value: T) => void
  /** 'grid' wraps many choices (e.g. the eight relations) into rows of four. */
  layout?: 'row' | 'grid'
}

/** A row of mutually exclusive choices (a radio group with a visible and an accessible label). */
export default function SegmentedControl<T extends string>({ label, value, options, onChange, layout = 'row' }: Props<T>) {
  return (
    <View className={`segmented segmented--${layout}`} role='radiogroup' aria-label={label}>
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
