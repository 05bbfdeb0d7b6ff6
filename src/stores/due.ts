import { create } from 'zustand'
import type { DueSummary } from '@/domain/due'
import { backend } from '@/services'
import { registerDeviceCache, registerMemberScoped } from './deviceCaches'

// 首页 "what is due": the server works it out for the open 年度 from its clock, the collection table and the family's
// facts (domain/due). Only an authorizer pays for relatives (代缴) and confirms a child's 免缴; for anyone else
// nothing is due here.
interface DueState {
  summary?: DueSummary
  /** Bound children under the 新生儿免缴 rule: the 免缴确认 shortcut applies. */
  exemptChildren: number
  load(isAuthorizer: boolean): Promise<void>
}

export const useDue = create<DueState>((set) => ({
  exemptChildren: 0,
  async load(isAuthorizer) {
    if (!isAuthorizer) {
      set({ summary: undefined, exemptChildren: 0 })
      return
    }
    try {
      const due = await backend().dueItems()
      set({ summary: due.summary, exemptChildren: due.exemptChildren })
    } catch {
      // Nothing is claimed due when it could not be read; the 代缴 page says why when opened.
      set({ summary: undefined })
    }
  },
}))

const forget = () => useDue.setState({ summary: undefined, exemptChildren: 0 })
registerDeviceCache(forget)
registerMemberScoped(forget)
