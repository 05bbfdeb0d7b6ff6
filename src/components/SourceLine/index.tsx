import { View } from '@tarojs/components'
import { sourceText, type Source } from '@/domain/policy'

/** 依据: the publication a rule comes from, by its public label (never a file name or path). */
export default function SourceLine({ source }: { source: Source }) {
  return <View className='source'>依据：{sourceText(source)}</View>
}
