import { useEffect } from 'react'
import Taro, { useLoad } from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import AuthorizerCard from '@/components/AuthorizerCard'
import ElderGuide from '@/components/ElderGuide'
import ErrorState from '@/components/ErrorState'
import FormField from '@/components/FormField'
import PrimaryButton from '@/components/PrimaryButton'
import PromiseBox from '@/components/PromiseBox'
import PrivacyGate from '@/components/PrivacyGate'
import ProofUploader from '@/components/ProofUploader'
import SegmentedControl from '@/components/SegmentedControl'
import Steps from '@/components/Steps'
import TextField from '@/components/TextField'
import { proofRequirement } from '@/domain/authorization-form'
import { DOCUMENT_LENGTHS, DOCUMENT_TYPES, DOCUMENT_TYPE_LABELS, documentInputMaxlength } from '@/domain/documents'
import { NAME_INPUT_MAXLENGTH } from '@/domain/names'
import { AUTHORIZATION_PROMISE, promiseParagraphs } from '@/domain/promise'
import { RELATIONS, RELATION_LABELS } from '@/domain/relations'
import { ROLE_EXPLAINED } from '@/domain/roles'
import { pickImages, previewImages } from '@/platform/pickImages'
import { routes } from '@/navigation/routes'
import { returnOrRedirect } from '@/navigation/stack'
import { useBalances } from '@/stores/accounts'
import { useAuthorizationList } from '@/stores/authorizations'
import { cityPolicy, formCheck, useAuthorize } from '@/stores/authorize'
import { useSession } from '@/stores/session'
import { AUTHORIZE_STEPS, ELDER_GUIDES } from '../steps'

export default function Authorize() {
  const session = useSession()
  const balances = useBalances().data
  // His bindings, for rule 10's pre-check (one 配偶 at a time, on either side): read by formCheck when they are in.
  useAuthorizationList()
  const form = useAuthorize()
  useLoad(() => void session.load())
  const owner = session.member?.ref
  // The form is the logged-in member's own: another member's draft never shows here.
  useEffect(() => {
    if (owner) useAuthorize.getState().restoreDraft(owner)
  }, [owner])

  const member = session.member
  if (!member) {
    return <Page>{session.status === 'error' && session.error ? <ErrorState message={session.error} onRetry={() => void session.load()} /> : <View className='card text-muted'>正在读取授权人信息…</View>}</Page>
  }
  if (member.scheme !== 'employee') {
    return (
      <Page>
        <AuthorizerCard member={member} />
        <View className='card' role='alert'>
          <View className='cell__title'>您不能作为授权人</View>
          <View className='text-muted'>您参加的是城乡居民医保，没有可共济的个人账户。只有职工医保参保人（在职、灵活就业、退休）可以将个人账户历年余额授权给家人使用。</View>
          <View className='text-muted'>如需查看家人为您办理的授权，请进入“家庭共济关系查询”。</View>
        </View>
        <PrimaryButton kind='default' text='家庭共济关系查询' onClick={() => returnOrRedirect(routes.relations)} />
      </Page>
    )
  }

  const policy = cityPolicy(member.city)
  const check = formCheck(form, member)
  const idLength = DOCUMENT_LENGTHS[form.documentType]
  const showIdError = form.touched.documentNumber || form.documentNumber.length >= idLength
  const need = proofRequirement(policy, form.relation, form.documentType)
  const missing = [
    [check.document, '证件号码'],
    [check.name, '姓名'],
    [check.relation, form.relation ? '所选关系（见上方提示）' : '与本人关系'],
    [check.proof, '证明材料'],
    [check.promise, '阅读并勾选个人郑重承诺'],
  ].find(([problem]) => problem)?.[1]

  const addProofs = async () => {
    const picked = await pickImages(policy.proofFiles.maxFiles - form.proofs.length)
    if (picked.files.length) await form.addFiles(picked.files, member.city, picked.message)
    else if (picked.message) form.showProofMessage(picked.message)
  }

  return (
    <Page>
      <Steps steps={AUTHORIZE_STEPS} current={0} />
      <ElderGuide steps={ELDER_GUIDES.form} />
      <View className='card text-muted' role='note' aria-label='授权人和使用人'>
        {ROLE_EXPLAINED.authorizer}
        {ROLE_EXPLAINED.user}
      </View>
      <AuthorizerCard member={member} carriedOverFen={balances?.personalAccount?.carriedOverFen} />

      <PrivacyGate purpose='办理家庭账户共济授权登记'>
      <View className='section-title'>使用人信息</View>
      <FormField label='证件类型'>
        <SegmentedControl label='证件类型' layout='list' value={form.documentType} options={DOCUMENT_TYPES.map((t) => ({ value: t, label: DOCUMENT_TYPE_LABELS[t] }))} onChange={form.setDocumentType} />
      </FormField>
      <FormField
        label='证件号码'
        hint={form.restoredIdHint ? `为保护隐私，证件号码未保存在本机，请重新输入（上次填写：${form.restoredIdHint}）` : `${DOCUMENT_TYPE_LABELS[form.documentType]}号码，${idLength}位`}
        error={showIdError ? check.document : undefined}
      >
        <TextField label='证件号码' type={form.documentType === 'birthCertificate' ? 'text' : 'idcard'} maxlength={documentInputMaxlength(form.documentType)} value={form.documentNumber} placeholder='请输入使用人证件号码' onInput={form.setDocumentNumber} onBlur={() => form.touch('documentNumber')} />
      </FormField>
      <FormField label='姓名' hint='少数民族或外国人姓名中的“·”请照证件填写' error={form.touched.name ? check.name : undefined}>
        <TextField label='姓名' value={form.name} maxlength={NAME_INPUT_MAXLENGTH} placeholder='请输入使用人姓名' onInput={form.setName} onBlur={() => form.touch('name')} />
      </FormField>
      <FormField label='与本人关系' hint='使用人是您的哪一位亲属' error={form.relation ? check.relation : undefined}>
        <SegmentedControl label='与本人关系' layout='grid' value={form.relation} options={RELATIONS.map((r) => ({ value: r, label: RELATION_LABELS[r] }))} onChange={form.setRelation} />
      </FormField>

      <ProofUploader
        required={need.required}
        kind={need.kind}
        cityName={policy.cityName}
        rule={policy.proofFiles}
        items={form.proofs}
        message={form.proofMessage}
        error={form.proofs.length > 0 || need.required ? check.proof : undefined}
        onAdd={() => void addProofs()}
        onRemove={form.removeProof}
        onRetry={(id) => void form.retryProof(id)}
        onPreview={(url) => previewImages(form.proofs.flatMap((p) => (p.previewUrl ? [p.previewUrl] : [])), url)}
      />

      <PromiseBox
        title={AUTHORIZATION_PROMISE.title}
        paragraphs={promiseParagraphs(policy)}
        read={form.promiseRead}
        accepted={form.promiseAccepted}
        onReadToEnd={form.markPromiseRead}
        onToggle={form.setPromiseAccepted}
      />

      <PrimaryButton text='下一步' disabled={!check.valid} reason={missing ? `还需完成：${missing}` : undefined} onClick={() => Taro.navigateTo({ url: routes.authorizeConfirm })} />
      </PrivacyGate>
    </Page>
  )
}
