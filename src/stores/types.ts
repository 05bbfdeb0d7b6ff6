// The contract's data shapes, for components and pages (which never import services).
export type {
  AuthorizationView,
  Balances,
  DemoMember,
  FamilyBalance,
  Member,
  Payment,
  PersonRef,
  PaymentRecord,
  HouseholdAccountView,
  HouseholdUse,
  RecordTotals,
  PremiumCandidate,
  RecordKind,
  SpendingRecord,
  UsageRecord,
} from '@/services'
