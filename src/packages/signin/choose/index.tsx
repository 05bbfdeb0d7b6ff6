import { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import ErrorState from '@/components/ErrorState'
import Skeleton from '@/components/Skeleton'
import { buttonProps } from '@/components/a11y'
import { afterSignIn } from '@/navigation/signIn'
import { useSession } from '@/stores/session'
import { useSignIn } from '@/stores/signIn'
import type { DemoMember } from '@/stores/types'

/** The demo member's 医保支付密码, as the demo sign-in page shows it (made up, like the family). */
function passwordHint(d: DemoMember): string {
  return d.demoPassword ? `演示医保支付密码：${d.demoPassword}` : '无职工医保个人账户，办理时不需要医保支付密码'
}

export default function SignIn() {
  const ended = useSession((s) => s.ended)
  const { demoMembers, error, signingIn, loadDemoMembers, signIn } = useSignIn()
  useDidShow(() => void loadDemoMembers())

  const choose = async (ref: string) => {
    const result = await signIn(ref)
    if (result) afterSignIn(result)
  }

  return (
    <Page open>
      {ended && (
        <View className='card' role='alert'>
          <View className='cell__title'>登录已过期，请重新登录</View>
          <View className='text-muted'>选择原来的身份登录，会回到刚才的页面，已填写的内容还在。</View>
        </View>
      )}
      <View className='card' role='note' aria-label='演示版说明'>
        <View className='cell__title'>演示版，人物和数据均为虚构</View>
        <View className='text-muted'>本程序不连接真实医保系统。请选择下面一位演示家庭成员登录；真实的医保服务要通过实名认证或人脸识别登录。</View>
      </View>
      <View className='section-title'>选择演示身份登录</View>
      {error && <ErrorState message={error} onRetry={() => void loadDemoMembers()} />}
      {demoMembers.length === 0 ? (
        !error && <Skeleton rows={3} label='正在读取演示家庭成员' />
      ) : (
        <View className='cells' role='list' aria-label='演示家庭成员'>
          {demoMembers.map((d) => (
            <View key={d.ref} role='listitem'>
              <View className='cell' {...buttonProps(signingIn)} onClick={() => !signingIn && void choose(d.ref)}>
                <View className='cell__body'>
                  <View className='cell__title'>
                    {d.maskedName}（{d.role}）
                  </View>
                  <View className='cell__desc'>{passwordHint(d)}</View>
                </View>
                <View className='cell__arrow' aria-hidden='true'>
                  ›
                </View>
              </View>
            </View>
          ))}
        </View>
      )}
    </Page>
  )
}
