import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { renderPage, testBackend } from './render'
import { formatMonthCn, recentMonths } from '@/domain/day'
import { routes } from '@/navigation/routes'
import { useRecords } from '@/stores/records'

async function openRecords() {
  renderPage(routes.records)
  return screen.findByRole('region', { name: /共济使用明细，共 \d+ 条/ })
}

function rows() {
  return screen.queryAllByRole('listitem').filter((el) => el.hasAttribute('data-record-row'))
}

async function choose(filter: RegExp, option: string) {
  fireEvent.click(screen.getByRole('button', { name: filter }))
  fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: option }))
}

describe('共济使用明细', () => {
  it('lists a year of records with how each was split, own account first', async () => {
    const list = await openRecords()
    const { total } = await testBackend.listSpending({ page: 1, pageSize: 1 })
    expect(total).toBeGreaterThan(250)
    expect(list.getAttribute('aria-label')).toBe(`共济使用明细，共 ${total} 条`)
    expect(rows().length).toBeGreaterThan(0)
    const relative = rows().find((r) => r.textContent?.includes('李*明（父母）'))
    expect(relative?.textContent).toContain('您的历年余额 ¥')
    const own = rows().find((r) => r.textContent?.includes('本人'))
    expect(own?.textContent).toContain('本人账户 ¥')
  })

  it('renders only the rows in view (virtual list), not all of the year', async () => {
    await openRecords()
    expect(useRecords.getState().items.length).toBe(50)
    expect(rows().length).toBeLessThan(50)
  })

  it('filters by member, kind and month', async () => {
    await openRecords()
    await waitFor(() => expect(screen.getByRole('button', { name: '成员：全部成员' })).toBeTruthy())
    await waitFor(() => {
      fireEvent.click(screen.getByRole('button', { name: /^成员：/ }))
      expect(within(screen.getByRole('dialog')).getByRole('button', { name: '李*明（父母）' })).toBeTruthy()
    })
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '李*明（父母）' }))
    const father = useRecords.getState().filters.personRef
    const { total } = await testBackend.listSpending({ page: 1, pageSize: 1, personRef: father })
    expect(total).toBeGreaterThan(50)
    await waitFor(() => expect(screen.getByRole('region', { name: `共济使用明细，共 ${total} 条` })).toBeTruthy())
    expect(rows().every((r) => r.textContent?.includes('李*明（父母）'))).toBe(true)

    await choose(/^类别：/, '药费')
    await waitFor(() => expect(useRecords.getState().status).toBe('ready'))
    expect(rows().every((r) => r.textContent?.startsWith('药费'))).toBe(true)

    await choose(/^月份：/, '2026年10月')
    await waitFor(() => expect(useRecords.getState().status).toBe('ready'))
    const state = useRecords.getState()
    expect(state.filters).toEqual({ personRef: expect.any(String), kind: 'drug', month: '2026-10' })
    expect(state.items.every((r) => r.day.startsWith('2026-10') && r.kind === 'drug')).toBe(true)
  })

  it('offers only kinds of cost shared funds can pay in the city (鹰潭: 药费, 普通门诊, 自费医疗)', async () => {
    await openRecords()
    fireEvent.click(screen.getByRole('button', { name: /^类别：/ }))
    const offered = within(screen.getByRole('dialog')).getAllByRole('button').map((b) => b.textContent)
    expect(offered).toEqual(['全部类别', '药费', '普通门诊', '自费医疗', '取消'])
  })

  it('says in one line why the list is empty, naming what was chosen', async () => {
    await openRecords()
    // A month in which 本人 has no 自费医疗 record, found from the server's own data.
    const me = (await testBackend.currentMember())!
    const months = recentMonths('2026-11-22', 12)
    let empty: string | undefined
    for (const m of months) if ((await testBackend.listSpending({ page: 1, pageSize: 1, personRef: me.ref, kind: 'selfPay', month: m })).total === 0) empty ??= m
    expect(empty).toBeDefined()
    await waitFor(() => expect(screen.getByRole('button', { name: /^成员：/ })).toBeTruthy())
    await choose(/^成员：/, '本人')
    await choose(/^类别：/, '自费医疗')
    await choose(/^月份：/, formatMonthCn(empty!))
    expect(await screen.findByText(`本人在${formatMonthCn(empty!)}没有自费医疗的使用记录。`)).toBeTruthy()
  })
})
