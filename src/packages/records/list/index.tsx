import { forwardRef, useMemo, type PropsWithChildren } from 'react'
import { useLoad } from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
// A virtual list whose scroll steps send only the rows that changed (see the component).
import VirtualList from '@/components/WindowedList'
import ErrorState from '@/components/ErrorState'
import FilterBar, { type Filter } from '@/components/FilterBar'
import RecordRow, { RECORD_ROW_HEIGHT, RecordViewer } from '@/components/RecordRow'
import Skeleton from '@/components/Skeleton'
import { formatMonthCn, recentMonths, yearOf } from '@/domain/day'
import { SPENDING_KIND_LABELS, policyFor, type SpendingKind } from '@/domain/policy'
import { emptyRecordsReason, spendableKinds, type ChosenFilters } from '@/domain/records-view'
import { RELATION_LABELS } from '@/domain/relations'
import { useAccounts } from '@/stores/accounts'
import { useRecords } from '@/stores/records'
import { useSession } from '@/stores/session'
import { windowHeight } from '@/platform/system'

const ALL = 'all'

/** The virtual list's inner element: the rows' list (the scroll view around it is the region). */
const RowsList = forwardRef<unknown, PropsWithChildren<object>>(function RowsList({ children, ...rest }, ref) {
  return (
    <View {...rest} ref={ref} role='list' aria-label='使用记录'>
      {children}
    </View>
  )
})
const FILTER_BAR_HEIGHT = 48

/** The labels of the filters that are not 全部. */
function chosenLabels(filters: Filter[]): ChosenFilters {
  const label = (key: string) => {
    const f = filters.find((x) => x.key === key)
    return f && f.value !== ALL ? f.options.find((o) => o.value === f.value)?.label : undefined
  }
  return { person: label('personRef'), kind: label('kind'), month: label('month') }
}

export default function Records() {
  const records = useRecords()
  const family = useAccounts((s) => s.balances?.family)
  const loadAccounts = useAccounts((s) => s.load)
  const member = useSession((s) => s.member)
  const loadSession = useSession((s) => s.load)
  const today = useSession((s) => s.today)
  useLoad(() => {
    void records.reload()
    if (!family) void loadAccounts()
    if (!member) void loadSession()
  })

  const authorizer = member?.scheme === 'employee'
  const filters: Filter[] = useMemo(
    () => [
      // Only an authorizer has others' spending to pick from; a 使用人 sees her own.
      ...(authorizer
        ? [
            {
              key: 'personRef',
              label: '成员',
              value: records.filters.personRef ?? ALL,
              options: [
                { value: ALL, label: '全部成员' },
                ...(member ? [{ value: member.ref, label: '本人' }] : []),
                ...(family ?? []).map((f) => ({ value: f.person.ref, label: `${f.person.maskedName}（${RELATION_LABELS[f.relation]}）` })),
              ],
            },
          ]
        : []),
      {
        key: 'kind',
        label: '类别',
        value: records.filters.kind ?? ALL,
        options: [{ value: ALL, label: '全部类别' }, ...spendableKinds(policyFor(member?.city ?? 'yingtan', yearOf(today))).map((k) => ({ value: k, label: SPENDING_KIND_LABELS[k] }))],
      },
      {
        key: 'month',
        label: '月份',
        value: records.filters.month ?? ALL,
        options: [{ value: ALL, label: '全部月份' }, ...recentMonths(today, 12).map((m) => ({ value: m, label: formatMonthCn(m) }))],
      },
    ],
    [records.filters, member, family, today, authorizer],
  )

  const onFilter = (key: string, value: string) => {
    const v = value === ALL ? undefined : value
    void records.setFilters(key === 'kind' ? { kind: v as SpendingKind | undefined } : { [key]: v })
  }

  const height = windowHeight() - FILTER_BAR_HEIGHT
  return (
    <Page>
      <FilterBar filters={filters} onChange={onFilter} />
      {records.error && <ErrorState message={records.error} onRetry={() => void (records.items.length ? records.loadMore() : records.reload())} />}
      {(records.status === 'loading' || records.status === 'idle') && records.items.length === 0 ? (
        <Skeleton rows={6} label='正在查询使用明细' />
      ) : records.status === 'ready' && records.items.length === 0 ? (
        <View className='card text-muted' role='status'>
          {emptyRecordsReason(authorizer ? 'authorizer' : 'user', chosenLabels(filters))}
        </View>
      ) : (
        <RecordViewer.Provider value={member?.ref}>
          <View role='region' aria-label={`共济使用明细，共 ${records.total} 条`}>
            <VirtualList
              height={height}
              width='100%'
              style={{ height: `${height}px` }}
              item={RecordRow}
              itemData={records.items}
              itemCount={records.items.length}
              itemSize={RECORD_ROW_HEIGHT}
              innerElementType={RowsList}
              overscanCount={4}
              onScrollNative={(e) => {
                // Fetch the next page while ten rows are still left below the view.
                if (e.detail.scrollTop + height >= e.detail.scrollHeight - 10 * RECORD_ROW_HEIGHT) void records.loadMore()
              }}
              renderBottom={<View key='list-bottom' className='section-title'>{records.items.length < records.total ? '正在加载更多…' : `已显示全部 ${records.total} 条`}</View>}
            />
          </View>
        </RecordViewer.Provider>
      )}
    </Page>
  )
}
