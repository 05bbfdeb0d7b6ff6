import type { Chunk } from './chunks'
import type { ServerState } from './state'

// The storage layout of the mock server: which key holds what.

export const PREFIX = 'jx-mock'
/** The manifest: the commit point. */
export const STATE_KEY = PREFIX
// 1: one key 'jx-mock-server'; 2: the same with collection years (step 8); 3: a key per concern; 4: sessions by
// token and tickets (step 11) — a version-3 store is read as it is, with no session open.
export const STATE_VERSION = 4
/** Stored versions read without a reset, and the concerns each lacks (started empty). */
export const READABLE_VERSIONS: Record<number, readonly Concern[]> = { 3: ['security'], 4: [] }
/** The one-key store of versions 1 and 2, removed when found. */
export const LEGACY_KEY = 'jx-mock-server'
/** Alipay allows 200 KB a key (WeChat 1 MB): no key of ours may come near it. */
export const MAX_KEY_BYTES = 200 * 1024

/** Which fields of the one state type each concern keeps. Every field belongs to exactly one place. */
export const CONCERNS = {
  identity: ['people'],
  security: ['sessions', 'tickets', 'attempts'],
  authorizations: ['authorizations', 'proofs'],
  payments: ['premiumsPaid', 'exemptionsConfirmed', 'huiminbaoEnrolled'],
  accounts: ['accounts', 'pools'],
  idempotency: ['idempotency'],
} as const satisfies Record<string, readonly (keyof ServerState)[]>
export const LOGS = ['spending', 'ledger', 'payments'] as const satisfies readonly (keyof ServerState)[]
export type Concern = keyof typeof CONCERNS
export type Log = (typeof LOGS)[number]
type Kept = (typeof CONCERNS)[Concern][number] | Log | 'seq'
// A field added to the state without a place to keep it fails to compile here.
export const everyFieldKept: Exclude<keyof ServerState, Kept> extends never ? true : never = true

export interface Manifest {
  version: number
  gen: number
  /**
   * The store's version: new at every commit. Every window of the H5 app shares the storage; a window whose
   * loaded `rev` is not the stored one reloads before a call, and a commit that finds it moved on retries.
   */
  rev?: string
  seq: number
  concerns: Record<Concern, string>
  logs: Record<Log, Chunk[]>
}

/** Every key a committed manifest names. */
export function keysNamedBy(manifest: Manifest): string[] {
  return [...Object.values(manifest.concerns), ...LOGS.flatMap((log) => manifest.logs[log].map((c) => c.key))]
}

/**
 * The keys a commit after `manifest` may have written before it was cut short (a crash before the manifest):
 * the next generation of each concern, and each log's chunks past the committed ones. Found without listing
 * the storage's keys, which Alipay's Taro port cannot do.
 */
export function keysWrittenAhead(manifest: Manifest, exists: (key: string) => boolean): string[] {
  const ahead = (Object.keys(CONCERNS) as Concern[]).map((concern) => `${PREFIX}:${concern}.${manifest.gen + 1}`)
  for (const log of LOGS) {
    for (let i = manifest.logs[log].length; exists(`${PREFIX}:${log}#${i}`); i++) ahead.push(`${PREFIX}:${log}#${i}`)
  }
  return ahead
}
