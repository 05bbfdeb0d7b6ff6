import { View } from '@tarojs/components'
import type { Source } from '@/domain/policy'
import SourceLine from '../SourceLine'

interface Props {
  heading: string
  lines: readonly string[]
  /** Where the text comes from (a seed or a law), shown as 依据. */
  source?: Source
}

/** A titled card of plain paragraphs, a region named by its heading. */
export default function TextCard({ heading, lines, source }: Props) {
  return (
    <View className='card' role='region' aria-label={heading}>
      <View className='cell__title'>{heading}</View>
      {lines.map((line) => (
        <View key={line} className='text-muted'>
          {line}
        </View>
      ))}
      {source && <SourceLine source={source} />}
    </View>
  )
}
