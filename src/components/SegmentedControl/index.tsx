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
  /**
   * 'row': a few short choices side by side; 'grid': short choices two a row (the eight relations);
   * 'list': WeUI radio cells, one a row, for long labels (document types, places) that must never wrap mid-word.
   */
  layout?: 'row' | 'grid' | 'list'
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
