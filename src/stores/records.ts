import { useState } from 'react'
import { backend, type RecordKind, type RecordPage } from '@/services'
import { useQuery, type QueryKey } from './query'
import { extendQuery } from './queryChanges'

// 共济使用明细: spending and payments of me and my family, filtered by member, kind and month, read page by page
// from a cursor (a stable position: a record added while reading is neither shown twice nor missed).
export interface RecordFilters {
  /** A person's ref, 'self', 'family' (everyone but me), or absent for all. */
  personRef?: string
  kind?: RecordKind
  month?: string
}

export const RECORDS_PAGE_SIZE = 50

const keyOf = (f: RecordFilters): QueryKey => ['records', f.personRef, f.kind, f.month]

/** The records for `filters` as read so far; `loadMore` reads the next page (waits while `enabled` is false). */
export function useRecordList(filters: RecordFilters, enabled: boolean) {
  const key = keyOf(filters)
  const list = useQuery<RecordPage>(key, () => backend().listRecords({ pageSize: RECORDS_PAGE_SIZE, ...filters }), enabled)
  const [loadingMore, setLoadingMore] = useState(false)
  const items = list.data?.items ?? []
  const hasMore = Boolean(list.data?.nextCursor)
  return {
    ...list,
    items,
    total: list.data?.total ?? 0,
    hasMore,
    loadingMore,
    async loadMore() {
      if (loadingMore || list.status !== 'ready' || !hasMore) return
      setLoadingMore(true)
      await extendQuery<RecordPage>(key, async (cur) => {
        const next = await backend().listRecords({ pageSize: RECORDS_PAGE_SIZE, ...filters, cursor: cur.nextCursor })
        return { items: [...cur.items, ...next.items], total: next.total, ...(next.nextCursor ? { nextCursor: next.nextCursor } : {}) }
      })
      setLoadingMore(false)
    },
  }
}
