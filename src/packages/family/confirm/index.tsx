import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import ElderGuide from '@/components/ElderGuide'
import ErrorState from '@/components/ErrorState'
import InfoRow from '@/components/InfoRow'
import PasswordSheet from '@/components/PasswordSheet'
import PrimaryButton from '@/components/PrimaryButton'
import Steps from '@/components/Steps'
import { formatDayCn } from '@/domain/day'
import { guardianConsentText, needsGuardianConsent } from '@/domain/guardian'
import { DOCUMENT_TYPE_LABELS, groupForReading } from '@/domain/documents'
import { RELATION_LABELS } from '@/domain/relations'
import { routes } from '@/navigation/routes'
import { returnOrRedirect } from '@/navigation/stack'
import { formCheck, useAuthorize } from '@/stores/authorize'
import { useSession } from '@/stores/session'
import { useVerification } from '@/stores/verification'
import { AUTHORIZE_STEPS, ELDER_GUIDES } from '../steps'
import { useServerToday } from '@/stores/today'

// Back to the form below; after a reload nothing is below (H5), so the form opens in this page's place.
const backToForm = () => returnOrRedirect(routes.authorize)

export default function Confirm() {
  const form = useAuthorize()
  const member = useSession((s) => s.member)
  const today = useServerToday()
  const check = formCheck(form, member)
  const ask = useVerification((s) => s.ask)
  const asking = useVerification((s) => s.open)

  const normalized = check.normalized
  if (!check.valid || !normalized || !form.relation || !member || form.owner !== member.ref) {
    return (
      <Page>
        <View className='card text-muted'>填写的信息不完整，请返回补充。</View>
        <PrimaryButton kind='default' text='返回填写' onClick={backToForm} />
      </Page>
    )
  }

  const submit = async () => {
    const result = await form.submit((operation, request) => ask(operation, request, '家庭账户共济授权登记'))
    // Proofs the server no longer knows were dropped: back to the form, where the message and the rest wait.
    if (result === 'proofsDropped') Taro.navigateBack()
    // A binding's result opens by its 办理编号, so a reload or Back shows it again.
    else if (result) Taro.redirectTo({ url: result.kind === 'ok' ? `${routes.authorizeResult}?no=${result.authorization.receiptNo}` : routes.authorizeResult })
  }
  const proofs = form.proofs.filter((p) => p.status === 'done').length

  return (
    <Page>
      <Steps steps={AUTHORIZE_STEPS} current={1} />
      <ElderGuide steps={ELDER_GUIDES.confirm} />
      <View className='section-title'>请逐项核对家人的信息，证件号码分三段显示，方便核对</View>
      <View className='cells' role='list' aria-label='授权信息核对'>
        <InfoRow label='使用人姓名' value={normalized.name} />
        <InfoRow label='证件类型' value={DOCUMENT_TYPE_LABELS[normalized.document.type]} />
        <InfoRow label='证件号码' value={groupForReading(normalized.document.number)} />
        {normalized.document.birthDate && <InfoRow label='出生日期' value={formatDayCn(normalized.document.birthDate)} />}
        <InfoRow label='与您的关系' value={RELATION_LABELS[form.relation]} />
        <InfoRow label='证明材料' value={proofs > 0 ? `${proofs} 张` : '未上传'} />
        <InfoRow label='个人郑重承诺' value='已阅读并承诺' />
        <InfoRow label='授权人（您）' value={`${member.maskedName}（${member.maskedId}）`} />
      </View>
      {needsGuardianConsent(normalized.document, today) && (
        <View className='card' role='note' aria-label='监护人同意'>
          {guardianConsentText(form.relation)}
        </View>
      )}
      {form.submitError && <ErrorState message={form.submitError} onRetry={() => void submit()} />}
      <PrimaryButton text={form.submitting && !asking ? '正在提交…' : '确认提交'} loading={form.submitting} onClick={() => void submit()} />
      <PrimaryButton kind='default' text='返回修改' disabled={form.submitting} onClick={backToForm} />
      <PasswordSheet />
    </Page>
  )
}
