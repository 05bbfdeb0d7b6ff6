import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { routes } from '@/navigation/routes'
import { useSettings } from '@/stores/settings'
import PrimaryButton from '../PrimaryButton'

/**
 * Before the first personal-data input: the 隐私保护指引 in short and a specific, separate consent
 * (PIPL art. 29). Children render only once the person has agreed.
 */
export default function PrivacyGate({ children, purpose }: { children: ReactNode; purpose: string }) {
  const { privacyConsented, consent } = useSettings()
  if (privacyConsented) return <>{children}</>
  return (
    <View className='card' role='region' aria-label='个人信息处理同意'>
      <View className='cell__title'>使用前请阅读隐私保护指引</View>
      <View className='text-muted'>{purpose}需要处理您和家人的证件号码、姓名、亲属关系、证明材料照片和账户信息，这些属于敏感个人信息。</View>
      <View className='text-muted'>我们只用于办理本业务；本机不保存完整证件号码，证明材料提交后即删除。</View>
      <View className='cell__desc' role='link' onClick={() => Taro.navigateTo({ url: routes.privacy })}>
        查看《隐私保护指引》全文 ›
      </View>
      <PrimaryButton text='同意并继续' onClick={consent} />
      <PrimaryButton kind='default' text='不同意' onClick={() => Taro.navigateBack()} />
    </View>
  )
}
