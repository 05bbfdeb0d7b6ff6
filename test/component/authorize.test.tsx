import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { deviceStorage, followNavigation, navigations, renderPage, testBackend } from './render'
import { routes } from '@/navigation/routes'
import { pickImages, previewImages } from '@/platform/pickImages'
import { useAuthorize } from '@/stores/authorize'
import { useSession } from '@/stores/session'
import { signInAs } from '@/stores/signIn'
import { faultAfterPassword, typePassword, verifyWith } from './verify'

jest.mock('@/platform/pickImages', () => ({ pickImages: jest.fn(), releasePreview: jest.fn(), previewImages: jest.fn() }))
const pick = pickImages as jest.MockedFunction<typeof pickImages>
const preview = previewImages as jest.MockedFunction<typeof previewImages>

const nextButton = () => screen.getByRole('button', { name: '下一步' })
const isDisabled = (el: HTMLElement) => el.getAttribute('aria-disabled') === 'true'

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } })
}

function readPromise() {
  act(() => {
    screen.getByRole('region', { name: '个人郑重承诺全文' }).dispatchEvent(new CustomEvent('scrolltolower', { detail: { direction: 'bottom' } }))
  })
}

async function openForm(as?: string, { expectForm = true } = {}) {
  if (as) {
    const m = (await testBackend.listDemoMembers()).find((d) => d.maskedName === as)
    await testBackend.signIn({ memberRef: m!.ref, platform: 'h5' })
  }
  const view = renderPage(routes.authorize)
  await screen.findByRole('group', { name: '授权人信息' })
  // Taro's H5 inputs render their inner <input> once the web component has loaded.
  if (expectForm) await screen.findByLabelText('姓名')
  return view
}

async function fillValid(id = '360602202503081133', name = '李小宝', relation = '子女') {
  type('证件号码', id)
  type('姓名', name)
  fireEvent.click(screen.getByRole('radio', { name: relation }))
  readPromise()
  fireEvent.click(screen.getByRole('checkbox', { name: '我已阅读并承诺遵守以上个人郑重承诺' }))
}

describe('授权登记 step 1–2: 授权人信息 and 使用人信息', () => {
  it('shows the authorizer masked, with his 历年余额', async () => {
    await openForm()
    const card = screen.getByRole('group', { name: '授权人信息' })
    expect(card.textContent).toContain('李*国')
    expect(card.textContent).toContain('3606**********1314')
    await waitFor(() => expect(card.textContent).toContain('¥3,280.50'))
  })

  it('stops a resident-scheme member with the reason', async () => {
    await openForm('王*英', { expectForm: false })
    expect(screen.getByText('您不能作为授权人')).toBeTruthy()
    expect(screen.getByText(/城乡居民医保，没有可共济的个人账户/)).toBeTruthy()
    expect(screen.queryByLabelText('证件号码')).toBeNull()
  })

  it.each([
    ['360602202503081134', '证件号码最后一位不对，请核对'],
    ['360602202513081133', '证件号码中的出生日期（第7到14位）不对，请核对'],
    ['36060220250308113A', '证件号码只能填数字，最后一位可能是字母X，请核对'],
  ])('explains %s as the person types: %s', async (id, message) => {
    await openForm()
    type('证件号码', id)
    expect(screen.getByText(message)).toBeTruthy()
  })

  it('waits for the whole number or leaving the field before complaining about length', async () => {
    await openForm()
    type('证件号码', '3606')
    expect(screen.queryByText(/您填了/)).toBeNull()
    fireEvent.blur(screen.getByLabelText('证件号码'))
    expect(screen.getByText('证件号码应为18位，您填了4位，请核对')).toBeTruthy()
  })

  it('checks names after the field is left, normalising the middle dot', async () => {
    await openForm()
    type('姓名', '李')
    fireEvent.blur(screen.getByLabelText('姓名'))
    expect(screen.getByText('姓名至少2个字')).toBeTruthy()
    type('姓名', '阿依古丽•买买提')
    expect(screen.queryByText(/姓名/, { selector: '.form-field__error' })).toBeNull()
  })

  it('lets 50 extension-plane characters (𠮷) into 姓名: maxlength counts UTF-16 units, the rule counts characters', async () => {
    await openForm()
    const input = screen.getByLabelText('姓名') as HTMLInputElement
    const longest = '𠮷'.repeat(50)
    expect(Number(input.getAttribute('maxlength'))).toBeGreaterThanOrEqual(longest.length)
    type('姓名', longest)
    fireEvent.blur(input)
    expect(screen.queryByText(/姓名/, { selector: '.form-field__error' })).toBeNull()
    type('姓名', '𠮷'.repeat(51))
    expect(screen.getByText('姓名最多50个字')).toBeTruthy()
  })

  it('takes a 证件号码 pasted from a chat as meant: grouped by spaces, full-width, with invisible characters (review)', async () => {
    await openForm()
    const input = screen.getByLabelText('证件号码') as HTMLInputElement
    const grouped = '3606 0219 8604 1513 14'
    expect(Number(input.getAttribute('maxlength'))).toBeGreaterThanOrEqual(grouped.length)
    const fullWidth = '３６０６０２１９８８０９２１２４２４'
    for (const [pasted, kept] of [[grouped, '360602198604151314'], [fullWidth, '360602198809212424'], ['\u200b3606021988\u200b09212424\ufeff', '360602198809212424']]) {
      type('证件号码', pasted)
      expect(useAuthorize.getState().documentNumber).toBe(kept)
      expect(screen.queryByText(/证件号码/, { selector: '.form-field__error' })).toBeNull()
    }
  })

  it('offers the four document types and the eight relations', async () => {
    await openForm()
    const types = within(screen.getByRole('radiogroup', { name: '证件类型' })).getAllByRole('radio').map((r) => r.textContent)
    expect(types).toEqual(['居民身份证', '港澳台居民居住证', '外国人永久居留身份证', '出生医学证明'])
    expect(within(screen.getByRole('radiogroup', { name: '与本人关系' })).getAllByRole('radio')).toHaveLength(8)
    fireEvent.click(screen.getByRole('radio', { name: '出生医学证明' }))
    type('证件号码', '3601234567')
    expect(screen.getByText('出生医学证明编号应为1个大写字母加9位数字，请核对')).toBeTruthy()
  })

  it('keeps 下一步 disabled until the form is valid', async () => {
    await openForm()
    expect(isDisabled(nextButton())).toBe(true)
    type('证件号码', '360602202503081133')
    type('姓名', '李小宝')
    expect(isDisabled(nextButton())).toBe(true)
    fireEvent.click(screen.getByRole('radio', { name: '子女' }))
    expect(isDisabled(nextButton())).toBe(true)
    expect(screen.getByText('还需完成：阅读并勾选个人郑重承诺')).toBeTruthy()
    readPromise()
    fireEvent.click(screen.getByRole('checkbox', { name: '我已阅读并承诺遵守以上个人郑重承诺' }))
    expect(isDisabled(nextButton())).toBe(false)
    fireEvent.click(nextButton())
    expect(navigations).toEqual([{ kind: 'navigateTo', url: routes.authorizeConfirm }])
  })

  it('pre-checks rule 9: a 父母 younger than the member is explained before submitting (王秀英, born 1988)', async () => {
    await openForm()
    await fillValid('360602198809212424', '王秀英', '父母')
    expect(screen.getByText('与本人关系选的是“父母”，但证件上的出生日期不早于您本人，请核对与本人关系和证件号码')).toBeTruthy()
    expect(isDisabled(nextButton())).toBe(true)
    fireEvent.click(screen.getByRole('radio', { name: '配偶' }))
    expect(isDisabled(nextButton())).toBe(false)
  })
})

describe('one 配偶 at a time in the pre-check, both sides (rule 10)', () => {
  /** 周志强 (宜春) ends his 配偶 binding and registers 李建国 as his 配偶; then the app is 李建国's again. */
  async function zhouRegistersLi() {
    const zhou = (await testBackend.listDemoMembers()).find((d) => d.maskedName === '周*强')!
    await testBackend.signIn({ memberRef: zhou.ref, platform: 'h5' })
    const own = (await testBackend.listAuthorizations()).asAuthorizer.find((a) => a.status === 'active' && a.relation === 'spouse')!
    expect((await testBackend.cancelAuthorization({ authorizationId: own.id, idempotencyKey: `k-cancel-${Math.random()}` })).ok).toBe(true)
    const proof = await testBackend.uploadProof({ fileName: 'jiehunzheng.jpg', mimeType: 'image/jpeg', sizeBytes: 1000 })
    const r = await testBackend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198604151314', name: '李建国', relation: 'spouse', promiseVersion: '2026-12', proofIds: proof.ok ? [proof.value.id] : [], idempotencyKey: `k-li-${Math.random()}` })
    expect(r.ok).toBe(true)
  }

  it('registered as 周志强’s 配偶, 李建国 is told before 提交 that 王秀英 cannot be a second one; 周志强 himself can be (spouses may authorize each other)', async () => {
    await zhouRegistersLi()
    await openForm('李*国')
    await waitFor(() => expect(useAuthorize.getState()).toBeTruthy())
    await fillValid('360602198809212424', '王秀英', '配偶')
    expect(await screen.findByText(/只能登记一位配偶/)).toBeTruthy()
    expect(isDisabled(nextButton())).toBe(true)
    type('证件号码', '360902197901051178')
    type('姓名', '周志强')
    await waitFor(() => expect(screen.queryByText(/只能登记一位配偶/)).toBeNull())
  })
})

describe('个人郑重承诺 (step 4)', () => {
  it('cannot be ticked before the text has been shown to the end', async () => {
    await openForm()
    const box = screen.getByRole('checkbox', { name: '我已阅读并承诺遵守以上个人郑重承诺' })
    expect(box.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(box)
    expect(box.getAttribute('aria-checked')).toBe('false')
    expect(screen.getByText('请先将承诺内容滑动阅读到底部，再勾选')).toBeTruthy()
    readPromise()
    fireEvent.click(box)
    expect(box.getAttribute('aria-checked')).toBe('true')
    expect(screen.getByRole('region', { name: '个人郑重承诺全文' }).textContent).toContain('七、如有虚假承诺')
  })
})

describe('证明材料 (step 3)', () => {
  const photo = (name: string, mimeType = 'image/jpeg', sizeBytes = 300_000) => ({ fileName: name, mimeType, sizeBytes, previewUrl: `blob:${name}` })

  it('is optional in Yingtan (seed 000) and says so', async () => {
    await openForm()
    expect(screen.getByText('选填')).toBeTruthy()
    expect(screen.getByText(/鹰潭办理授权无需提供亲属关系证明/)).toBeTruthy()
  })

  it('is required in Yichun (seed 001): 下一步 stays disabled until a proof is uploaded', async () => {
    await openForm('周*强')
    expect(screen.getByText('必填')).toBeTruthy()
    // 周志强 has a 配偶 (李建芳) already: 王秀英 as his 兄弟姐妹, which Yichun asks a 居民户口簿 for.
    await fillValid('360602198809212424', '王秀英', '兄弟姐妹')
    expect(screen.getByText(/宜春办理授权需上传居民户口簿照片/)).toBeTruthy()
    expect(isDisabled(nextButton())).toBe(true)
    pick.mockResolvedValueOnce({ files: [photo('jiehunzheng.jpg')] })
    fireEvent.click(screen.getByRole('button', { name: /拍照或从相册选择/ }))
    expect(await screen.findByRole('listitem', { name: '第1张证明材料，已上传' })).toBeTruthy()
    expect(isDisabled(nextButton())).toBe(false)
  })

  it('is a thumbnail grid (WeUI uploader): each photo named by its place, never by its file name; 删除 on each', async () => {
    await openForm()
    pick.mockResolvedValueOnce({ files: [photo('jiehunzheng.jpg'), photo('hukou.png', 'image/png')] })
    fireEvent.click(screen.getByRole('button', { name: /拍照或从相册选择/ }))
    const second = await screen.findByRole('listitem', { name: '第2张证明材料，已上传' })
    expect(document.body.textContent).not.toMatch(/jiehunzheng|hukou|\.jpg|\.png/)
    expect(within(second).getByRole('button', { name: '删除第2张证明材料' }).textContent).toBe('删除')
    fireEvent.click(within(screen.getByRole('listitem', { name: '第1张证明材料，已上传' })).getByRole('button', { name: '删除第1张证明材料' }))
    // The photo left is now the first.
    expect(screen.getAllByRole('listitem', { name: /证明材料，/ }).map((li) => li.getAttribute('aria-label'))).toEqual(['第1张证明材料，已上传'])
  })

  it('refuses wrong types and sizes with clear messages, before uploading', async () => {
    await openForm()
    pick.mockResolvedValueOnce({ files: [photo('a.pdf', 'application/pdf'), photo('empty.jpg', 'image/jpeg', 0), photo('big.png', 'image/png', 11 * 1024 * 1024)] })
    fireEvent.click(screen.getByRole('button', { name: /拍照或从相册选择/ }))
    expect(await screen.findByText('第1张不是照片（JPG/PNG），未添加；第2张：文件是空的，请重新拍照或选择；第3张：单张图片不能超过 10 MB，请压缩后重新选择')).toBeTruthy()
    expect(screen.queryAllByRole('listitem', { name: /，/ })).toHaveLength(0)
  })

  it('refuses a file that is not a photo by its place in the list, and adds the others', async () => {
    await openForm()
    pick.mockResolvedValueOnce({ files: [photo('a.jpg'), photo('b.jpg'), photo('notes.png', 'application/octet-stream'), photo('d.png', 'image/png')] })
    fireEvent.click(screen.getByRole('button', { name: /拍照或从相册选择/ }))
    expect(await screen.findByText('第3张不是照片（JPG/PNG），未添加')).toBeTruthy()
    await screen.findByRole('listitem', { name: '第3张证明材料，已上传' })
    expect(screen.getAllByRole('listitem', { name: /证明材料，/ })).toHaveLength(3)
  })

  it('says that only 9 were kept when 10 are chosen', async () => {
    await openForm()
    pick.mockResolvedValueOnce({ files: Array.from({ length: 10 }, (_, i) => photo(`p${i + 1}.jpg`)) })
    fireEvent.click(screen.getByRole('button', { name: /拍照或从相册选择/ }))
    expect(await screen.findByText('最多上传 9 张证明材料，只保留了 9 张，第10张未添加')).toBeTruthy()
    await screen.findByRole('listitem', { name: '第9张证明材料，已上传' })
    expect(screen.getAllByRole('listitem', { name: /证明材料，/ })).toHaveLength(9)
  })

  it('a thumbnail opens the photo full screen, among the others', async () => {
    await openForm()
    pick.mockResolvedValueOnce({ files: [photo('a.jpg'), photo('b.png', 'image/png')] })
    fireEvent.click(screen.getByRole('button', { name: /拍照或从相册选择/ }))
    await screen.findByRole('listitem', { name: '第2张证明材料，已上传' })
    fireEvent.click(screen.getByRole('button', { name: '查看第2张证明材料大图' }))
    expect(preview).toHaveBeenCalledWith(['blob:a.jpg', 'blob:b.png'], 'blob:b.png')
  })

  it('says why no photo came back (privacy declined or picker failed) instead of staying silent', async () => {
    await openForm()
    const message = '需要您同意《隐私保护指引》后才能选择照片。请点“同意并继续”，再点“拍照或从相册选择”。'
    pick.mockResolvedValueOnce({ files: [], message })
    fireEvent.click(screen.getByRole('button', { name: /拍照或从相册选择/ }))
    expect(await screen.findByText(message)).toBeTruthy()
    expect(screen.queryAllByRole('listitem', { name: /，/ })).toHaveLength(0)
  })

  it('shows a failed upload with 重试 and 删除', async () => {
    await openForm()
    testBackend.control.setFaults({ failNext: 'network' })
    pick.mockResolvedValueOnce({ files: [photo('hukou.png', 'image/png')] })
    fireEvent.click(screen.getByRole('button', { name: /拍照或从相册选择/ }))
    const failed = await screen.findByRole('listitem', { name: '第1张证明材料，上传失败' })
    expect(failed.textContent).toContain('网络连接失败')
    fireEvent.click(within(failed).getByRole('button', { name: '重试' }))
    const done = await screen.findByRole('listitem', { name: '第1张证明材料，已上传' })
    fireEvent.click(within(done).getByRole('button', { name: '删除第1张证明材料' }))
    expect(screen.queryByRole('listitem', { name: /第1张证明材料/ })).toBeNull()
  })

  it('treats a proof re-uploaded after a lost answer as a new request (not IDEMPOTENCY_CONFLICT)', async () => {
    await openForm()
    testBackend.control.setFaults({ failNext: 'network' })
    pick.mockResolvedValueOnce({ files: [photo('hukou.png', 'image/png')] })
    fireEvent.click(screen.getByRole('button', { name: /拍照或从相册选择/ }))
    await screen.findByRole('listitem', { name: '第1张证明材料，上传失败' })
    await fillValid('360602196003182626', '张桂兰', '父母')
    // The server answers (a refusal: 暂停) but the answer is lost: the attempt keeps its key.
    testBackend.control.setFaults({ failNext: 'timeout' })
    await act(async () => {
      await useAuthorize.getState().submit(verifyWith())
    })
    expect(useAuthorize.getState().submitError).toContain('请求超时')
    fireEvent.click(within(screen.getByRole('listitem', { name: '第1张证明材料，上传失败' })).getByRole('button', { name: '重试' }))
    await screen.findByRole('listitem', { name: '第1张证明材料，已上传' })
    // With the proof now attached the request differs: it goes out under a new key and gets a real answer.
    await act(async () => {
      await useAuthorize.getState().submit(verifyWith())
    })
    expect(useAuthorize.getState().submitError).toBeUndefined()
    expect(useAuthorize.getState().result).toMatchObject({ kind: 'refused', reasons: [expect.objectContaining({ code: 'USER_INACTIVE' })] })
  })
})

describe('确认提交 and 结果 (steps 5–6)', () => {
  async function toConfirm() {
    await openForm()
    await fillValid()
    fireEvent.click(nextButton())
  }

  it('shows what was typed in full for checking (6-8-4, birth date, no law text) and registers once for a double tap', async () => {
    await toConfirm()
    const confirm = followNavigation()
    const summary = screen.getByRole('list', { name: '授权信息核对' })
    expect(summary.textContent).toContain('李小宝')
    expect(summary.textContent).toContain('360602 20250308 1133')
    expect(summary.textContent).toContain('2025年3月8日')
    expect(document.body.textContent).not.toMatch(/第[一二三四五六七八九十]+条|版）/)
    // 李小宝 was born in 2025: the guardian's consent is stated (PIPL art. 31).
    expect(screen.getByRole('note', { name: '监护人同意' }).textContent).toContain('您作为监护人')
    const submit = screen.getByRole('button', { name: '确认提交' })
    fireEvent.click(submit)
    fireEvent.click(submit)
    await typePassword()
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'redirectTo', url: expect.stringMatching(/^\/packages\/family\/result\/index\?no=JX\d{14}$/) }))
    const list = await testBackend.listAuthorizations()
    expect(list.asAuthorizer.filter((a) => a.user.maskedName === '李*宝')).toHaveLength(1)
    confirm.unmount()
    followNavigation()
    expect(screen.getByText('授权成功')).toBeTruthy()
    expect(screen.getByText(/李\*宝（子女）自 2026年11月22日 起/)).toBeTruthy()
    expect(screen.getByText(/办理编号 JX20261122\d{6}$/)).toBeTruthy()
    // 李小宝 is an exempt newborn (issue 21): the next step is his 新生儿免缴确认, never a premium; the page ends in 完成.
    expect(await screen.findByRole('button', { name: '新生儿免缴确认' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: '为这位家人代缴医保费' })).toBeNull()
    const buttons = screen.getAllByRole('button').map((b) => b.textContent)
    expect(buttons[0]).toBe('新生儿免缴确认')
    expect(buttons.at(-1)).toBe('完成')
    // 完成 goes back to where he began (家庭共济), closing the form and 确认提交 below the result.
    const pages = [routes.family, routes.authorize, routes.authorizeConfirm, routes.authorizeResult].map((r) => ({ route: r.slice(1) }))
    const spy = jest.spyOn(Taro, 'getCurrentPages').mockReturnValue(pages as ReturnType<typeof Taro.getCurrentPages>)
    fireEvent.click(screen.getByRole('button', { name: '完成' }))
    spy.mockRestore()
    expect(navigations.at(-1)).toEqual({ kind: 'navigateBack', url: undefined, delta: 3 })
  })

  it('keeps the attempt on a lost answer: 重试 registers once', async () => {
    await toConfirm()
    followNavigation()
    faultAfterPassword({ failNext: 'timeout' })
    fireEvent.click(screen.getByRole('button', { name: '确认提交' }))
    await typePassword()
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('请求超时')
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }))
    await typePassword()
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'redirectTo', url: expect.stringMatching(/^\/packages\/family\/result\/index\?no=JX\d{14}$/) }))
    const list = await testBackend.listAuthorizations()
    expect(list.asAuthorizer.filter((a) => a.user.maskedName === '李*宝')).toHaveLength(1)
    expect(useAuthorize.getState().result?.kind).toBe('ok')
  })

  it('shows every reason from the backend and keeps what was typed', async () => {
    await openForm()
    await fillValid('360602196003182626', '张桂兰', '父母')
    fireEvent.click(nextButton())
    followNavigation().unmount()
    await act(async () => {
      await useAuthorize.getState().submit(verifyWith())
    })
    renderPage(routes.authorizeResult)
    expect(screen.getByText('授权未成功')).toBeTruthy()
    const reasons = screen.getByRole('list', { name: '未成功原因' })
    expect(reasons.textContent).toContain('使用人医保关系暂停，不能绑定')
    expect(reasons.textContent).toContain('请使用人先到参保地医保经办机构恢复参保')
    // A refusal leads with 我知道了, says where to go, and the step indicator shows the failure.
    expect(screen.getAllByRole('button')[0].textContent).toBe('我知道了')
    expect(screen.getByRole('note', { name: '去哪里办理' }).textContent).toContain('12393')
    expect(screen.getByRole('list', { name: '第3步，共3步，未成功' })).toBeTruthy()
    expect(useAuthorize.getState()).toMatchObject({ documentNumber: '360602196003182626', name: '张桂兰', relation: 'parent' })
  })
})

describe('draft', () => {
  it('survives closing the app, without the full ID number on the device', async () => {
    const first = await openForm()
    await fillValid()
    const stored = JSON.stringify(deviceStorage.dump())
    expect(stored).toContain('李小宝')
    expect(stored).toContain('3606**********1133')
    expect(stored).not.toContain('360602202503081133')

    // "Close the app": memory is gone, the device storage stays.
    first.unmount()
    act(() => {
      useAuthorize.setState({ documentNumber: '', name: '', relation: undefined, restored: false, proofs: [] })
      useSession.setState({ member: null, status: 'idle' })
    })
    await openForm()
    expect((screen.getByLabelText('姓名') as HTMLInputElement).value).toBe('李小宝')
    expect(screen.getByRole('radio', { name: '子女' }).getAttribute('aria-checked')).toBe('true')
    expect((screen.getByLabelText('证件号码') as HTMLInputElement).value).toBe('')
    expect(screen.getByText(/证件号码未保存在本机，请重新输入（上次填写：3606\*\*\*\*\*\*\*\*\*\*1133）/)).toBeTruthy()
  })
})

describe('drafts and proofs belong to one member', () => {
  const refOf = async (masked: string) => (await testBackend.listDemoMembers()).find((d) => d.maskedName === masked)!.ref

  it("another member never sees a draft; switching back brings it back", async () => {
    const first = await openForm('周*强')
    await fillValid('360602198809212424', '王秀英', '配偶')
    pick.mockResolvedValueOnce({ files: [{ fileName: 'jiehunzheng.jpg', mimeType: 'image/jpeg', sizeBytes: 300_000, previewUrl: 'blob:j' }] })
    fireEvent.click(screen.getByRole('button', { name: /拍照或从相册选择/ }))
    await screen.findByRole('listitem', { name: '第1张证明材料，已上传' })
    first.unmount()

    await act(async () => void (await signInAs(await refOf('李*国'))))
    const second = await openForm()
    expect((screen.getByLabelText('姓名') as HTMLInputElement).value).toBe('')
    expect(screen.queryByRole('listitem', { name: /证明材料，/ })).toBeNull()
    expect(screen.queryByText(/上次填写/)).toBeNull()
    second.unmount()

    await act(async () => void (await signInAs(await refOf('周*强'))))
    await openForm()
    expect((screen.getByLabelText('姓名') as HTMLInputElement).value).toBe('王秀英')
    expect(screen.getByRole('listitem', { name: '第1张证明材料，已上传' })).toBeTruthy()
  })

  it('a proof the server no longer knows is dropped with a message, back on the form with everything else kept', async () => {
    await openForm('周*强')
    await fillValid('360602198809212424', '王秀英', '兄弟姐妹')
    act(() => useAuthorize.setState({ proofs: [{ localId: 'old', fileName: 'old.jpg', mimeType: 'image/jpeg', sizeBytes: 1, status: 'done', serverId: 'f-gone' }] }))
    fireEvent.click(nextButton())
    const confirm = followNavigation()
    fireEvent.click(screen.getByRole('button', { name: '确认提交' }))
    await typePassword('246801')
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'navigateBack', url: undefined }))
    confirm.unmount()
    await openForm()
    expect(screen.getByText(/之前上传的证明材料已失效，已为您移除，请重新上传/)).toBeTruthy()
    expect(screen.queryByRole('listitem', { name: /证明材料，/ })).toBeNull()
    expect(useAuthorize.getState()).toMatchObject({ documentNumber: '360602198809212424', name: '王秀英', relation: 'sibling', promiseAccepted: true })
    expect((await testBackend.listAuthorizations()).asAuthorizer.filter((a) => a.user.maskedName === '王*英' && a.status === 'active')).toHaveLength(0)
  })
})
