import { createMockServer } from '@/services/mock'
import { systemClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'
import { client, signedInAs } from '../../support/sessions'
import { backendContract } from './backend.contract'

// The mock is held to the contract as an HTTP adapter would reach it: through the JSON wire only.
backendContract('mock over the JSON wire', () => {
  let now = Date.parse('2026-11-22T02:00:00Z')
  const clock = systemClock(() => now)
  const server = createMockServer({ storage: memoryStorage(), clock, faults: { latencyMinMs: 0, latencyMaxMs: 0 } })
  return {
    client: (token) => client(server, token),
    signIn: (memberRef, options) => signedInAs(server, memberRef, options),
    nextDay: () => clock.shiftDays(1),
    shiftDays: (days) => clock.shiftDays(days),
    advance: (ms) => {
      now += ms
    },
    setCarriedOver: (id, fen) => server.control.setCarriedOver(id, fen),
    settleAtPlace: (patientRef, visit) => server.control.settleAtPlace({ ...visit, patientRef }),
  }
})
