import { backend, type Balances } from '@/services'
import { useQuery } from './query'

// Balances: 历年/当年余额, 门诊家庭账户 and what each bound relative may draw.
export const BALANCES = ['balances'] as const
export const fetchBalances = (): Promise<Balances> => backend().getBalances()

export const useBalances = () => useQuery(BALANCES, fetchBalances)
