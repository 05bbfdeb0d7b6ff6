import { BackendError } from '../backend'

/**
 * Fault switch of the mock server. `failureRate`: the call fails before anything happens (network error).
 * `timeoutRate`: the server does the work but the answer is lost (the client sees a timeout) — the case
 * idempotency keys exist for. `failNext` makes the next call fail that way, whatever the rates.
 */
export interface FaultConfig {
  latencyMinMs: number
  latencyMaxMs: number
  failureRate: number
  timeoutRate: number
  timeoutMs: number
  failNext: 'network' | 'timeout' | null
  /** Limits failNext to one kind of call (e.g. 'payment'), so page loads before it do not use it up. */
  failNextOn: CallKind | null
}

export type CallKind = 'read' | 'register' | 'payment'

export const defaultFaults: FaultConfig = {
  latencyMinMs: 150,
  latencyMaxMs: 400,
  failureRate: 0,
  timeoutRate: 0,
  timeoutMs: 8000,
  failNext: null,
  failNextOn: null,
}

export type Random = () => number

/**
 * The developer panel's 模拟网络延迟: the demo's 150–400 ms a round trip, a fixed 150 ms (the bench), or none. Kept on
 * the device under its own key (outside the server's books: 重置演示数据 leaves it), so that a reload keeps it.
 */
export type Latency = 'demo' | 'fixed150' | 'none'

export const LATENCIES: Record<Latency, Pick<FaultConfig, 'latencyMinMs' | 'latencyMaxMs'>> = {
  demo: { latencyMinMs: defaultFaults.latencyMinMs, latencyMaxMs: defaultFaults.latencyMaxMs },
  fixed150: { latencyMinMs: 150, latencyMaxMs: 150 },
  none: { latencyMinMs: 0, latencyMaxMs: 0 },
}

export const LATENCY_KEY = 'jx-dev-latency'

/** Which choice the switches amount to (a test's own latency reads as the demo's range). */
export function latencyOf(faults: Pick<FaultConfig, 'latencyMinMs' | 'latencyMaxMs'>): Latency {
  if (faults.latencyMaxMs <= 0) return 'none'
  if (faults.latencyMinMs === 150 && faults.latencyMaxMs === 150) return 'fixed150'
  return 'demo'
}

export function sleep(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms))
}

export class FaultInjector {
  config: FaultConfig
  /** How many calls failed or lost their answer so far. */
  injected = 0

  constructor(
    config: Partial<FaultConfig> = {},
    private readonly random: Random = Math.random,
  ) {
    this.config = { ...defaultFaults, ...config }
  }

  set(patch: Partial<FaultConfig>): void {
    this.config = { ...this.config, ...patch }
  }

  /** Runs one server operation under the configured latency and faults. */
  async run<T>(kind: CallKind, operation: () => T): Promise<T> {
    const { latencyMinMs, latencyMaxMs } = this.config
    await sleep(latencyMinMs + Math.floor(this.random() * Math.max(0, latencyMaxMs - latencyMinMs)))
    const applies = this.config.failNextOn === null || this.config.failNextOn === kind
    const forced = applies ? this.config.failNext : null
    if (forced) this.config = { ...this.config, failNext: null, failNextOn: null }
    if (forced === 'network' || (!forced && this.random() < this.config.failureRate)) {
      this.injected += 1
      throw new BackendError('NETWORK', '网络连接失败')
    }
    const lost = forced === 'timeout' || (!forced && this.random() < this.config.timeoutRate)
    const result = operation()
    if (lost) {
      this.injected += 1
      await sleep(this.config.timeoutMs)
      throw new BackendError('TIMEOUT', '请求超时')
    }
    return result
  }
}
