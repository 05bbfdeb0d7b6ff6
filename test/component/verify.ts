import { backend } from '@/services'
import type { Verify } from '@/stores/verification'

/** What the PasswordSheet does, for tests that drive a store directly: a ticket got with `password` for the request. */
export const verifyWith =
  (password = '135790'): Verify =>
  async (operation, request) => {
    const r = await backend().verifyPassword({ operation, request, password })
    return r.ok ? r.value.ticket : undefined
  }
