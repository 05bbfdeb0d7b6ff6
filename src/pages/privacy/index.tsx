import { View } from '@tarojs/components'
import Page from '@/components/Page'
import PrimaryButton from '@/components/PrimaryButton'
import { PRIVACY_GUIDE } from '@/domain/privacy'
import { useSettings } from '@/stores/settings'

export default function Privacy() {
  const { privacyConsented, consent, withdraw } = useSettings()
  return (
    <Page>
      {PRIVACY_GUIDE.sections.map((s) => (
        <View key={s.heading} className='card' role='region' aria-label={s.heading}>
          <View className='cell__title'>{s.heading}</View>
          {s.items.map((i) => (
            <View key={i} className='text-muted'>
              {i}
            </View>
          ))}
        </View>
      ))}
      <View className='section-title'>
        版本 {PRIVACY_GUIDE.version} · {privacyConsented ? '您已同意' : '您尚未同意'}
      </View>
      {privacyConsented ? <PrimaryButton kind='warn' text='撤回同意' onClick={withdraw} /> : <PrimaryButton text='同意' onClick={consent} />}
    </Page>
  )
}
