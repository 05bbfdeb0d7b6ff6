import { parseYuan } from '@/domain/money'
import { estimatePooling, type PoolingEstimate } from '@/domain/pooling'
import { policyFor, type InstitutionLevel } from '@/domain/policy'
import { createMemberStore } from './memberStore'

// 门诊统筹测算 (宜春 employees, seed 001): expenses typed in 元, estimated by the domain.
export interface PoolingLineInput {
  id: number
  amount: string
  level: InstitutionLevel
}

interface PoolingState {
  retiree: boolean
  lines: PoolingLineInput[]
  setRetiree(v: boolean): void
  setAmount(id: number, amount: string): void
  setLevel(id: number, level: InstitutionLevel): void
  addLine(): void
  removeLine(id: number): void
}

let nextId = 2

// The amounts typed are this member's: another member starts with an empty 测算.
export const usePooling = createMemberStore<PoolingState>((set, get) => ({
  retiree: false,
  lines: [{ id: 1, amount: '', level: 'level1' }],
  setRetiree: (retiree) => set({ retiree }),
  setAmount: (id, amount) => set({ lines: get().lines.map((l) => (l.id === id ? { ...l, amount } : l)) }),
  setLevel: (id, level) => set({ lines: get().lines.map((l) => (l.id === id ? { ...l, level } : l)) }),
  addLine: () => set({ lines: [...get().lines, { id: nextId++, amount: '', level: 'level1' }] }),
  removeLine: (id) => set({ lines: get().lines.filter((l) => l.id !== id) }),
}))

export interface PoolingView {
  errors: Record<number, string | undefined>
  estimate?: PoolingEstimate
}

/** Parses each amount (exactly, in fen) and estimates once every entered amount is valid. */
export function poolingView(lines: PoolingLineInput[], retiree: boolean, year: number): PoolingView {
  const rule = policyFor('yichun', year).outpatientPooling
  const errors: Record<number, string | undefined> = {}
  const expenses = []
  for (const l of lines) {
    if (l.amount.trim() === '') continue
    const parsed = parseYuan(l.amount)
    if (parsed.ok) expenses.push({ amountFen: parsed.value, level: l.level })
    else errors[l.id] = parsed.reason.message
  }
  const hasError = Object.values(errors).some(Boolean)
  return { errors, estimate: rule && expenses.length > 0 && !hasError ? estimatePooling(expenses, retiree, rule) : undefined }
}
