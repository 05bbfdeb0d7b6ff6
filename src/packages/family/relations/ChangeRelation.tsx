import { View } from '@tarojs/components'
import ErrorState from '@/components/ErrorState'
import PasswordSheet from '@/components/PasswordSheet'
import PrimaryButton from '@/components/PrimaryButton'
import PromiseBox from '@/components/PromiseBox'
import ProofUploader from '@/components/ProofUploader'
import SegmentedControl from '@/components/SegmentedControl'
import { guardianConsentText } from '@/domain/guardian'
import { AUTHORIZATION_PROMISE, promiseParagraphs } from '@/domain/promise'
import { PROOF_KIND_LABELS, proofKindFor, RELATIONS, RELATION_LABELS, type Relation } from '@/domain/relations'
import { pickImages, previewImages } from '@/platform/pickImages'
import { cityPolicy } from '@/stores/authorize'
import { useChange } from '@/stores/change'
import { useVerification } from '@/stores/verification'
import type { Member } from '@/stores/types'
import './ChangeRelation.scss'

interface Props {
  member: Member
  onDone: (relation: Relation) => void
}

/**
 * 变更关系 of one binding: the new relation, proofs where the city requires them for it, submit. A half-screen
 * sheet over the list (like ActionSheet / ConfirmDialog), so it opens where the person is looking, whatever the
 * list's length; the password sheet opens above it.
 */
export default function ChangeRelation({ member, onDone }: Props) {
  const c = useChange()
  const ask = useVerification((s) => s.ask)
  const asking = useVerification((s) => s.open)
  if (!c.target) return null
  const target = c.target
  const policy = cityPolicy(member.city)
  const rule = c.relation ? policy.relations[c.relation] : undefined
  const uploading = c.proofs.some((p) => p.status === 'uploading')
  const done = c.proofs.filter((p) => p.status === 'done').length
  const missingProof = Boolean(rule?.proofRequired) && done === 0
  // What the server says this binding cannot become, whatever is uploaded (age, 配偶 rules): before the password.
  const notAllowed = c.relation ? target.forChange?.notAllowed[c.relation] : undefined
  const add = async () => {
    const picked = await pickImages(policy.proofFiles.maxFiles - c.proofs.length)
    if (picked.files.length) await c.addFiles(picked.files, member.city)
    if (picked.message) c.showProofMessage(picked.message)
  }
  const submit = async () => {
    const label = c.relation ? RELATION_LABELS[c.relation] : ''
    const changed = await c.submit((operation, request) => ask(operation, request, `变更与${target.user.maskedName}的关系为“${label}”`))
    if (changed) onDone(changed.relation)
  }
  return (
    <View className='change-sheet'>
      <View className='change-sheet__mask' onClick={() => !c.submitting && c.close()} />
      <View className='change-sheet__panel' role='dialog' aria-modal='true' aria-label='变更关系'>
        <View className='section-title'>
          变更与{target.user.maskedName}的关系（现为“{RELATION_LABELS[target.relation]}”）
        </View>
        <View className='text-muted'>关系登记有误时在这里改正：共济关系继续有效，开始日期不变，无需解除后次日重新办理。</View>
        <SegmentedControl
          label='新的关系'
          layout='grid'
          value={c.relation}
          options={RELATIONS.filter((r) => r !== target.relation).map((r) => ({ value: r, label: RELATION_LABELS[r] }))}
          onChange={c.setRelation}
        />
        {notAllowed && (
          <View className='form-field__error' role='alert'>
            {notAllowed}
          </View>
        )}
        {c.relation && !notAllowed && (
          <ProofUploader
            required={Boolean(rule?.proofRequired)}
            kind={PROOF_KIND_LABELS[proofKindFor(c.relation, target.forChange?.userHasIdCard ?? true)]}
            cityName={policy.cityName}
            rule={policy.proofFiles}
            items={c.proofs}
            message={c.proofMessage}
            onAdd={() => void add()}
            onRemove={c.removeProof}
            onRetry={(id) => void c.retryProof(id)}
            onPreview={(url) => previewImages(c.proofs.flatMap((p) => (p.previewUrl ? [p.previewUrl] : [])), url)}
          />
        )}
        {c.relation && !notAllowed && target.forChange?.userUnderGuardianAge && (
          <View className='card' role='note' aria-label='监护人同意'>
            {guardianConsentText(c.relation)}
          </View>
        )}
        {c.relation && !notAllowed && (
          <PromiseBox
            title={AUTHORIZATION_PROMISE.title}
            paragraphs={promiseParagraphs(policy)}
            read={c.promiseRead}
            accepted={c.promiseAccepted}
            onReadToEnd={c.markPromiseRead}
            onToggle={c.setPromiseAccepted}
          />
        )}
        {c.refusals && (
          <View className='card' role='alert'>
            {c.refusals.map((r) => (
              <View key={r.code}>
                {r.message}
                {r.next ? `。${r.next}` : ''}
              </View>
            ))}
          </View>
        )}
        {c.error && <ErrorState message={c.error} onRetry={() => void submit()} />}
        <PrimaryButton
          text={c.submitting && !asking ? '正在变更…' : '确认变更'}
          loading={c.submitting}
          disabled={!c.relation || Boolean(notAllowed) || uploading || missingProof || !c.promiseAccepted}
          reason={
            !c.relation
              ? '请选择新的关系'
              : notAllowed
                ? '不能变更为所选关系，请看上方说明'
                : uploading
                  ? '证明材料正在上传，请稍候'
                  : missingProof
                    ? `${policy.cityName}变更为该关系需上传证明材料`
                    : !c.promiseAccepted
                      ? '请阅读并勾选个人郑重承诺'
                      : undefined
          }
          onClick={() => void submit()}
        />
        <PrimaryButton kind='default' text='取消' disabled={c.submitting} onClick={c.close} />
      </View>
      <PasswordSheet />
    </View>
  )
}
