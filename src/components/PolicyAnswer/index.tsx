import { View } from '@tarojs/components'
import type { PolicyAnswer as Answer } from '@/domain/policy-lookup'
import './index.scss'
import SourceLine from '../SourceLine'

/** A yes/no answer with the rule and where it comes from. */
export default function PolicyAnswer({ title, answer }: { title: string; answer: Answer }) {
  return (
    <View className={`card policy-answer policy-answer--${answer.payable ? 'yes' : 'no'}`} role='region' aria-label={title}>
      <View className='policy-answer__title'>{title}</View>
      <View className='policy-answer__verdict'>{answer.payable ? '可以' : '不可以'}</View>
      {answer.reasons.map((r) => (
        <View key={r.text}>
          <View className='text-muted'>{r.text}</View>
          <SourceLine source={r.source} />
        </View>
      ))}
    </View>
  )
}
