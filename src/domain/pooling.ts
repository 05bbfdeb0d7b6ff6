import type { InstitutionLevel, OutpatientPoolingRule } from './policy'

// Yichun employee ordinary outpatient pooling (seed 001): deductible, ratio by level, annual cap,
// retirees +5 points and a higher cap.
export interface PoolingExpense {
  amountFen: number
  level: InstitutionLevel
}

export interface PoolingLine {
  amountFen: number
  level: InstitutionLevel
  deductibleFen: number
  ratio: number
  paidFen: number
}

export interface PoolingEstimate {
  totalFen: number
  deductibleUsedFen: number
  paidFen: number
  selfFen: number
  capFen: number
  capReached: boolean
  lines: PoolingLine[]
}

export function estimatePooling(expenses: readonly PoolingExpense[], retiree: boolean, rule: OutpatientPoolingRule, deductibleAlreadyMetFen = 0): PoolingEstimate {
  const capFen = retiree ? rule.retireeCapFen : rule.capFen
  let deductibleLeft = Math.max(0, rule.deductibleFen - deductibleAlreadyMetFen)
  let paidTotal = 0
  const lines: PoolingLine[] = []
  for (const e of expenses) {
    const deductibleFen = Math.min(deductibleLeft, e.amountFen)
    deductibleLeft -= deductibleFen
    const ratio = rule.ratioByLevel[e.level] + (retiree ? rule.retireeRatioUplift : 0)
    const eligible = e.amountFen - deductibleFen
    const paidFen = Math.min(Math.floor((eligible * ratio) / 100), capFen - paidTotal)
    paidTotal += paidFen
    lines.push({ amountFen: e.amountFen, level: e.level, deductibleFen, ratio, paidFen })
  }
  const totalFen = expenses.reduce((a, e) => a + e.amountFen, 0)
  return {
    totalFen,
    deductibleUsedFen: lines.reduce((a, l) => a + l.deductibleFen, 0),
    paidFen: paidTotal,
    selfFen: totalFen - paidTotal,
    capFen,
    capReached: paidTotal >= capFen,
    lines,
  }
}
