import { forwardRef, useMemo, useState, type PropsWithChildren } from 'react'
import { useLoad } from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
// A virtual list whose scroll steps send only the rows that changed (see the component).
import VirtualList from '@/components/WindowedList'
import ErrorState from '@/components/ErrorState'
import FilterBar, { type Filter } from '@/components/FilterBar'
import RecordRow, { RECORD_ROW_HEIGHT, RECORD_ROW_HEIGHT_ELDER, RecordViewer } from '@/components/RecordRow'
import Skeleton from '@/components/Skeleton'
import { formatMonthCn, recentMonths, yearOf } from '@/domain/day'
import { policyFor } from '@/domain/policy'
import { defaultRecordScope, emptyRecordsReason, RECORD_KIND_LABELS, recordKinds, type ChosenFilters } from '@/domain/records-view'
import { RELATION_LABELS } from '@/domain/relations'
import { useBalances } from '@/stores/accounts'
import { useRecordList, type RecordFilters } from '@/stores/records'
import { useSession } from '@/stores/session'
import { useSettings } from '@/stores/settings'
import type { RecordKind } from '@/stores/types'
import { windowHeight } from '@/platform/system'
import { useServerToday } from '@/stores/today'
import { useRecordTotals } from '@/stores/household'
import { TOTALS_BAR_HEIGHT, TOTALS_BAR_HEIGHT_ELDER, TotalsBar, TotalsPanel } from './Totals'

const ALL = 'all'

/** The virtual list's inner element: the rows' list (the scroll view around it is the region). */
const RowsList = forwardRef<unknown, PropsWithChildren<object>>(function RowsList({ children, ...rest }, ref) {
  return (
    <View {...rest} ref={ref} role='list' aria-label='使用记录'>
      {children}
    </View>
  )
})
/** The filter bar's height in px (in 长辈模式 its larger labels may take two lines). */
const FILTER_BAR_HEIGHT = 48
const FILTER_BAR_HEIGHT_ELDER = 70

/** What is chosen, in the filters' own words (全部 is nothing chosen). */
function chosenOf(filters: Filter[]): ChosenFilters {
  const label = (key: string) => {
    const f = filters.find((x) => x.key === key)
    return f && f.value !== ALL ? f.options.find((o) => o.value === f.value)?.label : undefined
  }
  const family = filters.find((f) => f.key === 'personRef')?.value === 'family'
  return { family, person: family ? undefined : label('personRef'), kind: label('kind'), month: label('month') }
}

export default function Records() {
  const family = useBalances().data?.family
  const member = useSession((s) => s.member)
  const loadSession = useSession((s) => s.load)
  const today = useServerToday()
  const elder = useSettings((s) => s.elderMode)
  useLoad(() => {
    if (!member) void loadSession()
  })

  // An employee member is the 授权人 (domain/roles); anyone else sees her own records.
  const role = member?.scheme === 'employee' ? 'authorizer' : 'user'
  const memberRef = member?.ref
  // Each visit opens on the role's question; the filters chosen are this visit's.
  const [chosen, setChosen] = useState<RecordFilters | undefined>(undefined)
  const filterValues: RecordFilters = chosen ?? { personRef: defaultRecordScope(role) }
  const records = useRecordList(filterValues, Boolean(memberRef))
  const status = records.status
  // The totals of what the filters list (all pages), per person and per month, from the server.
  const totals = useRecordTotals(filterValues, Boolean(memberRef))
  const [showTotals, setShowTotals] = useState(false)

  const filters: Filter[] = useMemo(
    () => [
      // Only an authorizer has others' records to pick from: by default what his family took from his account.
      ...(role === 'authorizer'
        ? [
            {
              key: 'personRef',
              label: '成员',
              value: filterValues.personRef ?? ALL,
              options: [
                { value: 'family', label: '全部家人' },
                ...(family ?? []).map((f) => ({ value: f.person.ref, label: `${f.person.maskedName}（${RELATION_LABELS[f.relation]}）` })),
                { value: 'self', label: '本人' },
                { value: ALL, label: '全家（含本人）' },
              ],
            },
          ]
        : []),
      {
        key: 'kind',
        label: '类别',
        value: filterValues.kind ?? ALL,
        options: [
          { value: ALL, label: '全部类别' },
          ...(member ? recordKinds(policyFor(member.city ?? 'yingtan', yearOf(today)), member) : []).map((k) => ({ value: k, label: RECORD_KIND_LABELS[k] })),
        ],
      },
      {
        key: 'month',
        label: '月份',
        value: filterValues.month ?? ALL,
        options: [{ value: ALL, label: '全部月份' }, ...recentMonths(today, 12).map((m) => ({ value: m, label: formatMonthCn(m) }))],
      },
    ],
    [filterValues.personRef, filterValues.kind, filterValues.month, member, family, today, role],
  )

  const onFilter = (key: string, value: string) => {
    const v = value === ALL ? undefined : value
    setChosen({ ...filterValues, ...(key === 'kind' ? { kind: v as RecordKind | undefined } : { [key]: v }) })
  }

  const rowHeight = elder ? RECORD_ROW_HEIGHT_ELDER : RECORD_ROW_HEIGHT
  const height = windowHeight() - (elder ? FILTER_BAR_HEIGHT_ELDER + TOTALS_BAR_HEIGHT_ELDER : FILTER_BAR_HEIGHT + TOTALS_BAR_HEIGHT)
  return (
    <Page>
      <FilterBar filters={filters} onChange={onFilter} />
      <TotalsBar totals={totals.data} open={showTotals} onToggle={() => setShowTotals((v) => !v)} />
      {status !== 'idle' && records.error && <ErrorState message={records.error} onRetry={() => void (records.items.length ? records.loadMore() : records.refetch())} />}
      {showTotals && totals.data ? (
        <TotalsPanel totals={totals.data} height={height} viewerRef={memberRef} />
      ) : status === 'idle' || (status === 'loading' && records.items.length === 0) ? (
        <Skeleton rows={6} label='正在查询使用明细' />
      ) : status === 'ready' && records.items.length === 0 ? (
        <View className='card text-muted' role='status'>
          {emptyRecordsReason(role, chosenOf(filters))}
        </View>
      ) : (
        <RecordViewer.Provider value={memberRef}>
          <View role='region' aria-label={`共济使用明细，共 ${records.total} 条`}>
            <VirtualList
              height={height}
              width='100%'
              style={{ height: `${height}px` }}
              item={RecordRow}
              itemData={records.items}
              itemCount={records.items.length}
              itemSize={rowHeight}
              innerElementType={RowsList}
              overscanCount={4}
              onScrollNative={(e) => {
                // Fetch the next page while ten rows are still left below the view.
                if (e.detail.scrollTop + height >= e.detail.scrollHeight - 10 * rowHeight) void records.loadMore()
              }}
              renderBottom={<View key='list-bottom' className='section-title'>{records.hasMore ? '正在加载更多…' : `已显示全部 ${records.total} 条`}</View>}
            />
          </View>
        </RecordViewer.Provider>
      )}
    </Page>
  )
}
