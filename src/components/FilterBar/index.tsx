import { useState } from 'react'
import { View } from '@tarojs/components'
import ActionSheet from '../ActionSheet'
import './index.scss'

export interface FilterOption {
  value: string
  label: string
}

export interface Filter {
  key: string
  label: string
  value: string
  options: FilterOption[]
}

/** A row of filters (成员 / 类别 / 月份); each opens a sheet of choices. */
export default function FilterBar({ filters, onChange }: { filters: Filter[]; onChange: (key: string, value: string) => void }) {
  const [open, setOpen] = useState<string | undefined>()
  const current = filters.find((f) => f.key === open)
  return (
    <View className='filter-bar'>
      {filters.map((f) => (
        <View key={f.key} className='filter-bar__item' role='button' aria-label={`${f.label}：${f.options.find((o) => o.value === f.value)?.label ?? ''}`} onClick={() => setOpen(f.key)}>
          {f.options.find((o) => o.value === f.value)?.label ?? f.label}
          <View className='filter-bar__caret' aria-hidden='true'>
            ▾
          </View>
        </View>
      ))}
      <ActionSheet
        title={current ? `选择${current.label}` : ''}
        open={current !== undefined}
        items={(current?.options ?? []).map((o) => ({ key: o.value, label: o.label }))}
        onClose={() => setOpen(undefined)}
        onSelect={(value) => {
          if (current) onChange(current.key, value)
          setOpen(undefined)
        }}
      />
    </View>
  )
}
