import { useState, useSyncExternalStore, type ReactNode } from 'react'
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
  const [declined, setDeclined] = useState(false)
  if (privacyConsented && !asked) return <>{children}</>
  const agree = () => {
    setDeclined(false)
    consent()
    answerPrivacyRequest(true)
  }
  const decline = () => {
    answerPrivacyRequest(false)
    if (!privacyConsented) setDeclined(true)
  }
  // 不同意 says what it means and how to agree later, rather than leaving without a word.
  if (declined) {
    return (
      <View className='card' role='alert' aria-label='您没有同意隐私保护指引'>
        <View className='cell__title'>您没有同意，本页不能填写个人信息</View>
        <View className='text-muted'>不同意时，本应用不会收集您和家人的证件号码、姓名、亲属关系和证明材料照片，所以{purpose}无法继续。您仍可以查看政策、常见问题等不需要个人信息的内容。</View>
        <View className='text-muted'>以后想办理时，再次打开本页，点“重新阅读并同意”即可。</View>
        <PrimaryButton text='重新阅读并同意' onClick={() => setDeclined(false)} />
        <PrimaryButton kind='default' text='返回' onClick={() => void Taro.navigateBack()} />
      </View>
    )
  }
  return (
    <View className='card' role='region' aria-label='个人信息处理同意'>
      <View className='cell__title'>使用前请阅读隐私保护指引</View>
      <View className='text-muted'>{purpose}需要处理您和家人的证件号码、姓名、亲属关系、证明材料照片和账户信息，这些属于敏感个人信息。</View>
      <View className='text-muted'>我们只用于办理本业务；证明材料提交后即从本机删除。演示版的模拟服务运行在本机，会在本机保存您办理时输入的证件号码和姓名。</View>
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
