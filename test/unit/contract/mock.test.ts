import { createMockBackend } from '@/services/mock'
import { fixedClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'
import { overWire } from '@/services/wire'
import { backendContract } from './backend.contract'

// The mock is held to the contract as an HTTP adapter would reach it: through the JSON wire only.
backendContract('mock over the JSON wire', () => {
  const clock = fixedClock('2026-11-22T02:00:00Z')
  const server = createMockBackend({ storage: memoryStorage(), clock, faults: { latencyMinMs: 0, latencyMaxMs: 0 } })
  return { backend: overWire(server), nextDay: () => clock.shiftDays(1), shiftDays: (days) => clock.shiftDays(days), setCarriedOver: (id, fen) => server.control.setCarriedOver(id, fen) }
})
