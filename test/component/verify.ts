import { backend } from '@/services'
import type { Verify } from '@/stores/verification'

/** What the PasswordSheet does, for tests that drive a store directly: a ticket got with `password` for the request. */
export const verifyWith =
  (password = '135790'): Verify =>
  async (operation, request) => {
    const r = await backend().verifyPassword({ operation, request, password })
    return r.ok ? r.value.ticket : undefined
  }

/** Types the 医保支付密码 into the sheet the page opened (six digits: checked at once). */
export async function typePassword(password = '135790'): Promise<void> {
  const { fireEvent, screen, within } = await import('@testing-library/react')
  const dialog = await screen.findByRole('dialog', { name: '请输入医保支付密码' })
  fireEvent.input(await within(dialog).findByLabelText('医保支付密码'), { target: { value: password } })
}

/**
 * Sets a fault for the call right after the password check (the operation itself), not for the check: the
 * verification store closes the sheet synchronously before the ticket goes on its way.
 */
export function faultAfterPassword(faults: Parameters<import('@/services').MockControl['setFaults']>[0]): void {
  const { useVerification } = require('@/stores/verification') as typeof import('@/stores/verification')
  const { testBackend } = require('../setup/component') as typeof import('../setup/component')
  const stop = useVerification.subscribe((s, prev) => {
    if (prev.verifying && !s.open) {
      testBackend.control.setFaults(faults)
      stop()
    }
  })
}
