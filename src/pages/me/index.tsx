import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import ActionSheet from '@/components/ActionSheet'
import { useConfirm } from '@/components/ConfirmDialog'
import ErrorState from '@/components/ErrorState'
import Notice from '@/components/Notice'
import { EMPLOYEE_KIND_LABELS, SCHEME_LABELS } from '@/domain/people'
import { routes } from '@/navigation/routes'
import { useSession } from '@/stores/session'
import { useSettings } from '@/stores/settings'
import Switch from '@/components/Switch'
import LinkCell from '@/components/LinkCell'
import { useTabSelected } from '@/stores/tabBar'

const DEV_TAPS = 5

export default function Me() {
  useTabSelected(2)
  const { member, status, error, notice, load, signOut, resetDemo, dismissNotice } = useSession()
  const [clearing, setClearing] = useState(false)
  const [taps, setTaps] = useState(0)
  const [dialog, ask] = useConfirm()
  const { elderMode, setElderMode, clearDeviceData } = useSettings()
  useDidShow(() => void load())

  const confirmClear = async (scope: string) => {
    setClearing(false)
    const withServer = scope === 'server'
    const content = withServer
      ? '将删除本机的填写草稿和查询缓存，以及本机模拟服务保存的全部数据（包括您输入过的证件号码和姓名）。演示数据会恢复为初始状态，演示中办理的绑定和缴费也会一并清除。确定清除吗？'
      : '将删除本机保存的填写草稿和查询缓存，不影响已办理的业务。确定清除吗？'
    const confirmed = await ask({ title: '清除本机数据', content, confirmText: '清除', danger: true })
    if (!confirmed) return
    clearDeviceData()
    if (withServer) await resetDemo()
    Taro.showToast({ title: '已清除本机数据', icon: 'none' })
    // The demo server started over without any session: sign in again.
    if (withServer) Taro.reLaunch({ url: routes.signIn })
  }

  const confirmReset = async () => {
    const confirmed = await ask({ title: '重置演示数据', content: '将恢复初始演示家庭的绑定、余额和缴费记录，确定重置吗？', confirmText: '重置', danger: true })
    if (!confirmed) return
    await resetDemo()
    Taro.showToast({ title: '已重置演示数据，请重新登录', icon: 'none' })
    Taro.reLaunch({ url: routes.signIn })
  }

  const confirmSignOut = async () => {
    const confirmed = await ask({ title: '退出登录', content: '退出后，本机不再显示您的医保信息，再次使用需要重新登录。确定退出吗？', confirmText: '退出登录' })
    if (!confirmed) return
    await signOut()
    Taro.reLaunch({ url: routes.signIn })
  }

  const tapVersion = () => {
    if (process.env.TARO_ENV !== 'h5') return
    const next = taps + 1
    setTaps(next)
    if (next >= DEV_TAPS) {
      setTaps(0)
      Taro.navigateTo({ url: routes.devPanel })
    }
  }

  return (
    <Page tab={2}>
      {notice && <Notice text={notice} onClose={dismissNotice} />}
      {status === 'error' && error && <ErrorState message={error} onRetry={() => void load()} />}
      <View className='card' aria-busy={status === 'loading'}>
        {member ? (
          <>
            <View className='cell__title'>{member.maskedName}</View>
            <View className='text-muted'>证件号码 {member.maskedId}</View>
            <View className='text-muted'>
              {SCHEME_LABELS[member.scheme]}
              {member.employeeKind ? ` · ${EMPLOYEE_KIND_LABELS[member.employeeKind]}` : ''} · 参保地 {member.cityName}
            </View>
          </>
        ) : (
          // As tall as the card it stands for (three lines): the menu below does not move when the member arrives.
          <>
            <View className='cell__title'>{status === 'error' ? '未能读取当前身份' : '正在读取当前身份…'}</View>
            <View className='text-muted'>{'\u00a0'}</View>
            <View className='text-muted'>{'\u00a0'}</View>
          </>
        )}
      </View>
      <View className='cells'>
        <LinkCell title='我的缴费记录' desc='代缴居民医保费、惠民保、新生儿免缴确认的凭证' onClick={() => Taro.navigateTo({ url: routes.paymentHistory })} />
        <Switch label='长辈模式' desc='字更大、按钮更大' checked={elderMode} onChange={setElderMode} />
        <LinkCell title='隐私保护指引' desc='我们收集哪些信息、为什么、本机保存了什么' onClick={() => Taro.navigateTo({ url: routes.privacy })} />
        <LinkCell title='清除本机数据' desc='删除本机的草稿和缓存，也可同时删除模拟服务的数据' onClick={() => setClearing(true)} />
        <LinkCell title='切换演示身份' desc='以演示家庭中的其他成员身份登录' onClick={() => Taro.navigateTo({ url: routes.signIn })} />
        <LinkCell title='重置演示数据' desc='恢复初始的绑定关系、余额和缴费记录' onClick={() => void confirmReset()} />
      </View>
      <View className='cells'>
        <LinkCell title='退出登录' arrow={false} onClick={() => void confirmSignOut()} />
      </View>
      <View className='section-title' onClick={tapVersion}>
        江西医保·家庭共济 演示版 0.1 · 数据由本机模拟服务提供，不连接真实医保系统
      </View>
      <ActionSheet
        title='清除本机数据'
        open={clearing}
        items={[
          { key: 'device', label: '只清除草稿和缓存（不影响已办理的业务）' },
          { key: 'server', label: '同时清除模拟服务的数据（含输入过的证件号码，演示恢复初始状态）' },
        ]}
        onClose={() => setClearing(false)}
        onSelect={(scope) => void confirmClear(scope)}
      />
      {dialog}
    </Page>
  )
}
