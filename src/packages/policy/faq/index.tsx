import { View } from '@tarojs/components'
import Page from '@/components/Page'
import { FAQ } from '@/domain/faq'

export default function Faq() {
  return (
    <Page>
      {FAQ.map((q) => (
        <View key={q.question} className='card' role='region' aria-label={q.question}>
          <View className='cell__title'>{q.question}</View>
          {q.answer.map((a) => (
            <View key={a} className='text-muted'>
              {a}
            </View>
          ))}
          <View className='source'>依据：{q.source}</View>
        </View>
      ))}
    </Page>
  )
}
