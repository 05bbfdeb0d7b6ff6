import { useEffect, useRef, useState } from 'react'
import { ScrollView, View } from '@tarojs/components'
import { regionProps } from '../a11y'
import Checkbox from '../Checkbox'
import './index.scss'

interface Props {
  title: string
  paragraphs: readonly string[]
  read: boolean
  accepted: boolean
  onReadToEnd: () => void
  onToggle: (accepted: boolean) => void
}

const CHECK_LABEL = '我已阅读并承诺遵守以上个人郑重承诺'

/** The full promise; its checkbox can be ticked only once the text has been scrolled to the end. */
export default function PromiseBox({ title, paragraphs, read, accepted, onReadToEnd, onToggle }: Props) {
  // A new form (read back to false) must be read again from the top: remount the text.
  const [generation, setGeneration] = useState(0)
  const wasRead = useRef(read)
  useEffect(() => {
    if (wasRead.current && !read) setGeneration((g) => g + 1)
    wasRead.current = read
  }, [read])
  return (
    <View className='promise-box'>
      <View className='form-field__label'>{title}</View>
      <ScrollView key={generation} className='promise-box__text' scrollY lowerThreshold={24} onScrollToLower={onReadToEnd} {...regionProps(`${title}全文`)}>
        {paragraphs.map((p) => (
          <View key={p} className='promise-box__para'>
            {p}
          </View>
        ))}
        <View className='promise-box__end'>— 承诺全文结束 —</View>
      </ScrollView>
      <View className='promise-box__check'>
        <Checkbox label={CHECK_LABEL} checked={accepted} disabled={!read} onChange={onToggle} />
      </View>
      {!read && <View className='form-field__hint'>请先将承诺内容滑动阅读到底部，再勾选</View>}
    </View>
  )
}
