// Issue 20 item 6: the developer panel's 模拟就医 retries a visit whose answer was lost under its own key, so it is
// settled (and spent) once; another visit gets another key.
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { renderPage, testBackend } from './render'
import { routes } from '@/navigation/routes'
import { useDevVisit } from '@/stores/dev'
import { BackendError } from '@/services/backend'

beforeEach(() => useDevVisit.setState({ visitKey: undefined, visitResult: undefined }))

async function fill(amount: string) {
  const panel = await screen.findByRole('group', { name: '模拟就医/购药' })
  fireEvent.click(await within(panel).findByRole('radio', { name: '李*明（父母）' }))
  fireEvent.click(within(within(panel).getByRole('radiogroup', { name: '就医地点' })).getByRole('radio', { name: '社区卫生服务中心' }))
  fireEvent.click(within(within(panel).getByRole('radiogroup', { name: '费用类别' })).getByRole('radio', { name: '普通门诊' }))
  fireEvent.input(within(panel).getByLabelText('金额（元）'), { target: { value: amount } })
  return panel
}
const pool = async () => (await testBackend.getBalances()).family.find((f) => f.person.maskedName === '李*明')!.outpatientFamilyAccount!.remainingFen
const spendingRows = () => testBackend.control.snapshot().spending.length

describe('模拟就医: a lost answer is retried under the same key (idempotency, issue 20 item 6)', () => {
  it.each([
    ['retry after a lost answer: settled once', 'same', 1],
    ['a changed amount is another visit: settled twice', 'changed', 2],
  ] as const)('%s', async (_n, second, visits) => {
    renderPage(routes.devPanel)
    const before = await pool()
    const rows = spendingRows()
    const panel = await fill('30')
    // The panel settles through the server's controls: its answer is lost after the work is done, once.
    const settle = testBackend.control.settleAtPlace.bind(testBackend.control)
    jest.spyOn(testBackend.control, 'settleAtPlace').mockImplementationOnce(async (v) => {
      await settle(v)
      throw new BackendError('TIMEOUT', '请求超时，请稍后重试')
    })
    fireEvent.click(within(panel).getByRole('button', { name: '结算' }))
    await waitFor(() => expect(useDevVisit.getState().visitResult).toBeTruthy())
    expect(useDevVisit.getState().visitResult).not.toMatch(/^已结算/)
    if (second === 'changed') await fill('30.00')
    fireEvent.click(within(panel).getByRole('button', { name: '结算' }))
    expect(await screen.findByText(/^已结算 ¥30\.00/)).toBeTruthy()
    expect(spendingRows() - rows).toBe(visits)
    expect(before - (await pool())).toBe(3000 * visits)
  })
})
