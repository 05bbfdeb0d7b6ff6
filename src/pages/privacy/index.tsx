import { View } from '@tarojs/components'
import Page from '@/components/Page'
import PrimaryButton from '@/components/PrimaryButton'
import TextCard from '@/components/TextCard'
import { PRIVACY_GUIDE } from '@/domain/privacy'
import { useSettings } from '@/stores/settings'

export default function Privacy() {
  const { privacyConsented, consent, withdraw } = useSettings()
  return (
    <Page open>
      {PRIVACY_GUIDE.sections.map((s) => (
        <TextCard key={s.heading} heading={s.heading} lines={s.items} />
      ))}
      <View className='section-title'>
        版本 {PRIVACY_GUIDE.version} · {privacyConsented ? '您已同意' : '您尚未同意'}
      </View>
      {privacyConsented ? <PrimaryButton kind='warn' text='撤回同意' onClick={withdraw} /> : <PrimaryButton text='同意' onClick={consent} />}
    </Page>
  )
}
