import { useSyncExternalStore, type ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import { routes } from '@/navigation/routes'
import { agreesThroughWeChatButton, answerPrivacyRequest, PRIVACY_AGREE_BUTTON_ID, privacyRequestPending, subscribePrivacyRequests } from '@/platform/privacy'
import { useSettings } from '@/stores/settings'
import PrimaryButton from '../PrimaryButton'
import './index.scss'

const AGREE = '同意并继续'

/**
 * Before the first personal-data input: the 隐私保护指引 in short and a specific, separate consent
 * (PIPL art. 29). Children render only once the person has agreed. On WeChat the agree button is WeChat's
 * own open-type="agreePrivacyAuthorization" button, so the same tap also puts the agreement on record with
 * WeChat (without it chooseMedia is refused); the gate shows itself again whenever WeChat asks.
 */
export default function PrivacyGate({ children, purpose }: { children: ReactNode; purpose: string }) {
  const { privacyConsented, consent } = useSettings()
  const asked = useSyncExternalStore(subscribePrivacyRequests, privacyRequestPending, privacyRequestPending)
  if (privacyConsented && !asked) return <>{children}</>
  const agree = () => {
    consent()
    answerPrivacyRequest(true)
  }
  const decline = () => {
    answerPrivacyRequest(false)
    if (!privacyConsented) void Taro.navigateBack()
  }
  return (
    <View className='card' role='region' aria-label='个人信息处理同意'>
      <View className='cell__title'>使用前请阅读隐私保护指引</View>
      <View className='text-muted'>{purpose}需要处理您和家人的证件号码、姓名、亲属关系、证明材料照片和账户信息，这些属于敏感个人信息。</View>
      <View className='text-muted'>我们只用于办理本业务；本机不保存完整证件号码，证明材料提交后即删除。</View>
      <View className='cell__desc' role='link' onClick={() => Taro.navigateTo({ url: routes.privacy })}>
        查看《隐私保护指引》全文 ›
      </View>
      {agreesThroughWeChatButton ? (
        <Button id={PRIVACY_AGREE_BUTTON_ID} className='primary-button primary-button--primary privacy-gate__agree' openType='agreePrivacyAuthorization' onAgreePrivacyAuthorization={agree}>
          {AGREE}
        </Button>
      ) : (
        <PrimaryButton text={AGREE} onClick={agree} />
      )}
      <PrimaryButton kind='default' text='不同意' onClick={decline} />
    </View>
  )
}
