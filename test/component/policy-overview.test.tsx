import { fireEvent, screen, within } from '@testing-library/react'
import { renderPage } from './render'
import { routes } from '@/navigation/routes'

function answerFor(city: string, kind: string) {
  const table = screen.getByRole('list', { name: `${city}共济使用范围` })
  const row = within(table).getAllByRole('listitem').find((li) => li.textContent?.startsWith(kind))
  if (!row) throw new Error(`no row ${kind}`)
  return row.textContent ?? ''
}

describe('共济政策查询 overview', () => {
  it('shows Yingtan inpatient as not payable and Yichun as payable', () => {
    renderPage(routes.policyOverview)
    expect(answerFor('鹰潭', '住院')).toContain('不可共济')
    fireEvent.click(screen.getByRole('radio', { name: '宜春' }))
    expect(answerFor('宜春', '住院')).toContain('可以共济')
    expect(answerFor('宜春', '住院')).not.toContain('不可共济')
  })
})
