import { createMockBackend } from '@/services/mock'
import { fixedClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'
import { backendContract } from './backend.contract'

backendContract('in-memory mock', () => {
  const clock = fixedClock('2026-11-22T02:00:00Z')
  const backend = createMockBackend({ storage: memoryStorage(), clock, faults: { latencyMinMs: 0, latencyMaxMs: 0 } })
  return { backend, nextDay: () => clock.shiftDays(1), shiftDays: (days) => clock.shiftDays(days), setCarriedOver: (id, fen) => backend.control.setCarriedOver(id, fen) }
})
