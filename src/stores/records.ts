import { create } from 'zustand'
import { registerDeviceCache, registerMemberScoped } from './deviceCaches'
import { backend, describeError, type RecordKind, type UsageRecord } from '@/services'
import type { LoadStatus } from './session'

// 共济使用明细: spending and payments of me and my family, paged, filtered by member, kind and month.
export interface RecordFilters {
  /** A person's ref, 'self', 'family' (everyone but me), or absent for all. */
  personRef?: string
  kind?: RecordKind
  month?: string
}

const PAGE_SIZE = 50

interface RecordsState {
  items: UsageRecord[]
  total: number
  page: number
  filters: RecordFilters
  status: LoadStatus
  loadingMore: boolean
  error?: string
  reload(): Promise<void>
  loadMore(): Promise<void>
  setFilters(patch: RecordFilters): Promise<void>
  /** Which page the list was opened for: another page (or a page still leaving) never shows it. */
  openedFor?: number
  /** Starts over with these filters, for one page (which opens on its role's question). */
  open(filters: RecordFilters, page: number): Promise<void>
}

let generation = 0

export const useRecords = create<RecordsState>((set, get) => ({
  items: [],
  total: 0,
  page: 0,
  filters: {},
  status: 'idle',
  loadingMore: false,
  async reload() {
    const mine = ++generation
    set({ status: 'loading', error: undefined })
    try {
      const r = await backend().listRecords({ page: 1, pageSize: PAGE_SIZE, ...get().filters })
      if (mine !== generation) return
      set({ items: r.items, total: r.total, page: 1, status: 'ready' })
    } catch (e) {
      if (mine === generation) set({ status: 'error', error: describeError(e) })
    }
  },
  async loadMore() {
    const s = get()
    if (s.loadingMore || s.status !== 'ready' || s.items.length >= s.total) return
    const mine = generation
    set({ loadingMore: true, error: undefined })
    try {
      const r = await backend().listRecords({ page: s.page + 1, pageSize: PAGE_SIZE, ...s.filters })
      if (mine !== generation) return
      set({ items: [...get().items, ...r.items], total: r.total, page: r.page })
    } catch (e) {
      set({ error: describeError(e) })
    } finally {
      set({ loadingMore: false })
    }
  },
  async setFilters(patch) {
    set({ filters: { ...get().filters, ...patch }, items: [], total: 0, page: 0 })
    await get().reload()
  },
  async open(filters, page) {
    set({ filters, openedFor: page, items: [], total: 0, page: 0 })
    await get().reload()
  },
}))

const forget = () => {
  // An answer to a call made before is dropped (the same generation check as a new filter).
  generation += 1
  useRecords.setState({ items: [], total: 0, page: 0, filters: {}, openedFor: undefined, status: 'idle', error: undefined })
}
registerDeviceCache(forget)
registerMemberScoped(forget)
