import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import PrimaryButton from '@/components/PrimaryButton'
import ResultView from '@/components/ResultView'
import Steps from '@/components/Steps'
import { formatDayCn } from '@/domain/day'
import { RELATION_LABELS } from '@/domain/relations'
import { routes } from '@/navigation/routes'
import { AUTHORIZE_FLOW, returnOrRedirect } from '@/navigation/stack'
import { useAuthorize } from '@/stores/authorize'
import { AUTHORIZE_STEPS } from '../steps'

export default function Result() {
  const result = useAuthorize((s) => s.result)

  if (!result) {
    return (
      <Page>
        <View className='card text-muted'>没有正在办理的授权。</View>
        <PrimaryButton kind='default' text='家庭共济关系查询' onClick={() => returnOrRedirect(routes.relations, AUTHORIZE_FLOW)} />
      </Page>
    )
  }

  if (result.kind === 'ok') {
    const a = result.authorization
    return (
      <Page>
        <Steps steps={AUTHORIZE_STEPS} current={2} />
        <ResultView kind='success' title='授权成功'>
          <View className='text-muted'>
            {a.user.maskedName}（{RELATION_LABELS[a.relation]}，{a.user.maskedId}）
          </View>
          <View className='text-muted'>自 {formatDayCn(a.since)} 起可使用您的个人账户历年余额</View>
        </ResultView>
        <PrimaryButton text='查看家庭共济关系' onClick={() => returnOrRedirect(routes.relations, AUTHORIZE_FLOW)} />
        <PrimaryButton kind='default' text='继续为其他家人授权' onClick={() => returnOrRedirect(routes.authorize)} />
      </Page>
    )
  }

  return (
    <Page>
      <Steps steps={AUTHORIZE_STEPS} current={2} />
      <ResultView kind='fail' title='授权未成功'>
        <View className='text-muted'>原因如下，您填写的信息已保留：</View>
      </ResultView>
      <View className='cells' role='list' aria-label='未成功原因'>
        {result.reasons.map((r) => (
          <View key={r.code} className='cell' role='listitem'>
            <View className='cell__body'>
              <View className='cell__title'>{r.message}</View>
              {r.next && <View className='cell__desc'>{r.next}</View>}
            </View>
          </View>
        ))}
      </View>
      <PrimaryButton text='返回修改' onClick={() => Taro.navigateBack()} />
      <PrimaryButton kind='default' text='家庭共济关系查询' onClick={() => returnOrRedirect(routes.relations, AUTHORIZE_FLOW)} />
    </Page>
  )
}
