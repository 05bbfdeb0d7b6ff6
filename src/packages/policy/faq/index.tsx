import Page from '@/components/Page'
import TextCard from '@/components/TextCard'
import { FAQ } from '@/domain/faq'

export default function Faq() {
  return (
    <Page open>
      {FAQ.map((q) => (
        <TextCard key={q.question} heading={q.question} lines={q.answer} source={q.source} />
      ))}
    </Page>
  )
}
