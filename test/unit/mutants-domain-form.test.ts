// Survivors of the mutation run over src/domain/authorization-form.ts (StrykerJS, issue 20 item 9): what each field
// of the 使用人信息 form says before 提交, and the proof files' limits at their edges.
import { checkAuthorizationForm, checkProofFile, proofFileHint, proofRequirement, type AuthorizationForm } from '@/domain/authorization-form'
import { policyFor, proofFiles } from '@/domain/policy'

const yingtan = policyFor('yingtan', 2026)
const yichun = policyFor('yichun', 2026)
const today = '2026-11-22'
const wife: AuthorizationForm = { documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', uploadedProofs: 0, pendingProofs: 0, promiseAccepted: true }

describe('the 使用人信息 form: each field’s words', () => {
  it('a complete form is valid and carries the normalised document and name', () => {
    expect(checkAuthorizationForm({ ...wife, name: ' 王秀英 ' }, yingtan, today, '1986-04-15')).toEqual({
      valid: true,
      normalized: { document: { type: 'residentId', number: '360602198809212424', birthDate: '1988-09-21', sex: 'female' }, name: '王秀英' },
    })
  })
  it('an empty form: one line per field, nothing normalised', () => {
    const check = checkAuthorizationForm({ documentType: 'residentId', documentNumber: '', name: '', uploadedProofs: 0, pendingProofs: 0, promiseAccepted: false }, yingtan, today)
    expect(check).toEqual({ valid: false, document: '请输入证件号码', name: '请输入姓名', relation: '请选择与本人关系', promise: '请阅读并勾选个人郑重承诺' })
  })
  it('a second 配偶: said before the number is judged', () => {
    expect(checkAuthorizationForm(wife, yingtan, today, '1986-04-15', true).relation).toBe('您已有一位有效的“配偶”共济关系，同一时间只能登记一位配偶；如原登记有误，请先在“家庭共济关系查询”中变更或解除')
  })
  it('an implausible relation: the reason and what to do, in one line', () => {
    expect(checkAuthorizationForm({ ...wife, relation: 'parent' }, yingtan, today, '1986-04-15').relation).toBe('与本人关系选的是“父母”，但证件上的出生日期不早于您本人，请核对与本人关系和证件号码')
  })
  it('a bad number: the relation is not judged against it', () => {
    const check = checkAuthorizationForm({ ...wife, relation: 'parent', documentNumber: '360602198809212425' }, yingtan, today, '1986-04-15')
    expect(check.relation).toBeUndefined()
    expect(check.document).toBe('证件号码最后一位不对，请核对')
    expect(check.normalized).toBeUndefined()
    expect(check.valid).toBe(false)
  })
  it('a good number with a bad name: not valid, nothing normalised', () => {
    const check = checkAuthorizationForm({ ...wife, name: '王' }, yingtan, today)
    expect(check).toMatchObject({ valid: false, name: '姓名至少2个字' })
    expect(check.normalized).toBeUndefined()
  })
  it('an active 配偶 does not stop another relation', () => {
    expect(checkAuthorizationForm({ ...wife, relation: 'sibling' }, yingtan, today, '1986-04-15', true)).toMatchObject({ valid: true })
  })
  it.each([
    ['Yichun requires proof: names the city and the document', yichun, { uploadedProofs: 0, pendingProofs: 0 }, '宜春办理授权需上传证明材料（结婚证）'],
    ['a proof still uploading', yichun, { uploadedProofs: 1, pendingProofs: 1 }, '证明材料正在上传，请稍候'],
    ['a proof still uploading where none is required', yingtan, { uploadedProofs: 0, pendingProofs: 1 }, '证明材料正在上传，请稍候'],
    ['uploaded in Yichun', yichun, { uploadedProofs: 1, pendingProofs: 0 }, undefined],
  ] as const)('%s', (_n, policy, proofs, words) => {
    const check = checkAuthorizationForm({ ...wife, ...proofs }, policy, today, '1986-04-15')
    expect(check.proof).toBe(words)
    expect(check.valid).toBe(words === undefined)
  })
  it('the proof asked for before a relation is chosen is a 子女’s', () => {
    expect(proofRequirement(yichun, undefined, 'birthCertificate')).toEqual({ required: true, kind: '出生医学证明' })
    expect(proofRequirement(yichun, undefined, 'residentId')).toEqual({ required: true, kind: '居民户口簿' })
  })
})

describe('proof files (JPG/PNG, at most 9, each at most 10 MB)', () => {
  const jpg = (sizeBytes: number) => ({ mimeType: 'image/jpeg', sizeBytes })
  it('says the limits before anything is chosen', () => expect(proofFileHint(proofFiles)).toBe('支持 JPG、PNG，最多 9 张，每张不超过 10 MB。'))
  it.each([
    ['the 9th file', jpg(1000), 8, undefined],
    ['a 10th file', jpg(1000), 9, { code: 'FILE_COUNT', message: '最多上传 9 张证明材料' }],
    ['a PNG', { mimeType: 'image/png', sizeBytes: 1000 }, 0, undefined],
    ['a PDF', { mimeType: 'application/pdf', sizeBytes: 1000 }, 0, { code: 'FILE_TYPE', message: '只支持 JPG、PNG 格式的图片，请重新选择' }],
    ['an empty file', jpg(0), 0, { code: 'FILE_EMPTY', message: '文件是空的，请重新拍照或选择' }],
    ['one byte', jpg(1), 0, undefined],
    ['exactly 10 MB', jpg(10 * 1024 * 1024), 0, undefined],
    ['one byte over 10 MB', jpg(10 * 1024 * 1024 + 1), 0, { code: 'FILE_TOO_LARGE', message: '单张图片不能超过 10 MB，请压缩后重新选择' }],
  ])('%s', (_n, file, chosen, reason) => expect(checkProofFile(file, chosen, proofFiles)).toEqual(reason))
})
