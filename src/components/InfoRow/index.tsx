import { View } from '@tarojs/components'

// A masked ID number (3606**********1516, also 6-8-4 grouped on 确认提交 it is not masked): digits and stars.
const MASKED_ID = /(\d{2,}\*+[\dXx]{2,})/

/** The text with each masked ID number in one piece that never breaks inside (white-space: nowrap, app.scss). */
function unbroken(text: string) {
  const parts = text.split(MASKED_ID)
  if (parts.length === 1) return text
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <View key={i} className='masked-id'>
        {part}
      </View>
    ) : (
      part
    ),
  )
}

/** One line of a list to check: a label on the left, its value on the right (wrapping, never overflowing). */
export default function InfoRow({ label, value }: { label: string; value: string }) {
  return (
    <View className='cell' role='listitem'>
      <View className='cell__label text-muted'>{unbroken(label)}</View>
      <View className='cell__value cell__value--fill'>{unbroken(value)}</View>
    </View>
  )
}
