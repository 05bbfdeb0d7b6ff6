/** A fresh idempotency key: one per money-moving or registering attempt, reused only for its retries. */
export function newIdempotencyKey(): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(Math.random() * 256))
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join('')
}
