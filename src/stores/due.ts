import type { DueView } from '@/domain/due'
import { backend } from '@/services'
import { useQuery } from './query'

// 首页 "what is due": the server works it out for the open 年度 from its clock, the collection table and the family's
// facts (domain/due). Only an authorizer pays for relatives (代缴) and confirms a child's 免缴; for anyone else
// nothing is due here, and nothing is asked. Nothing is claimed due when it could not be read.
const fetchDue = (): Promise<DueView> => backend().dueItems()

export const useDue = (isAuthorizer: boolean) => useQuery(['due'], fetchDue, isAuthorizer)
