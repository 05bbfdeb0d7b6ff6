import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import ElderGuide from '@/components/ElderGuide'
import ErrorState from '@/components/ErrorState'
import InfoRow from '@/components/InfoRow'
import PrimaryButton from '@/components/PrimaryButton'
import Steps from '@/components/Steps'
import { isUnderGuardianAge } from '@/domain/day'
import { DOCUMENT_TYPE_LABELS } from '@/domain/documents'
import { maskId, maskName } from '@/domain/masking'
import { normalizeName } from '@/domain/names'
import { AUTHORIZATION_PROMISE } from '@/domain/promise'
import { RELATION_LABELS } from '@/domain/relations'
import { routes } from '@/navigation/routes'
import { formCheck, useAuthorize } from '@/stores/authorize'
import { useSession } from '@/stores/session'
import { AUTHORIZE_STEPS, ELDER_GUIDES } from '../steps'

export default function Confirm() {
  const form = useAuthorize()
  const member = useSession((s) => s.member)
  const today = useSession((s) => s.today)
  const check = formCheck(form, member?.city)

  if (!check.valid || !form.relation || !member || form.owner !== member.ref) {
    return (
      <Page>
        <View className='card text-muted'>填写的信息不完整，请返回补充。</View>
        <PrimaryButton kind='default' text='返回填写' onClick={() => Taro.navigateBack()} />
      </Page>
    )
  }

  const submit = async () => {
    const result = await form.submit()
    // Proofs the server no longer knows were dropped: back to the form, where the message and the rest wait.
    if (result === 'proofsDropped') Taro.navigateBack()
    else if (result) Taro.redirectTo({ url: routes.authorizeResult })
  }
  const proofs = form.proofs.filter((p) => p.status === 'done').length

  return (
    <Page>
      <Steps steps={AUTHORIZE_STEPS} current={1} />
      <ElderGuide steps={ELDER_GUIDES.confirm} />
      <View className='section-title'>请核对使用人信息</View>
      <View className='cells' role='list' aria-label='授权信息核对'>
        <InfoRow label='授权人' value={member ? `${member.maskedName}（${member.maskedId}）` : ''} />
        <InfoRow label='使用人' value={maskName(normalizeName(form.name))} />
        <InfoRow label='证件类型' value={DOCUMENT_TYPE_LABELS[form.documentType]} />
        <InfoRow label='证件号码' value={maskId(form.documentNumber.toUpperCase())} />
        <InfoRow label='与本人关系' value={RELATION_LABELS[form.relation]} />
        <InfoRow label='证明材料' value={proofs > 0 ? `${proofs} 张` : '未上传'} />
        <InfoRow label='个人郑重承诺' value={`已阅读并承诺（${AUTHORIZATION_PROMISE.version} 版）`} />
      </View>
      {isUnderGuardianAge(check.normalized?.document.birthDate, today) && (
        <View className='card' role='note' aria-label='监护人同意'>
          使用人未满十四周岁。您作为其监护人，同意为其办理家庭共济授权，并同意处理其办理所必需的个人信息（个人信息保护法第三十一条）。
        </View>
      )}
      {form.submitError && <ErrorState message={form.submitError} onRetry={() => void submit()} />}
      <PrimaryButton text={form.submitting ? '正在提交…' : '确认提交'} loading={form.submitting} onClick={() => void submit()} />
      <PrimaryButton kind='default' text='返回修改' disabled={form.submitting} onClick={() => Taro.navigateBack()} />
    </Page>
  )
}
