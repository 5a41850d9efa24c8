/**
 * The search runtime's state in this process, on globalThis: Next.js may load these modules more
 * than once in one process, and every copy must see the same port, index and queue runner.
 */
import { loadEnv, type Env } from '../../src/config/env'
import type { SearchPort } from '../../src/search/types'
import type { HotSwapSearch } from './hotSwapSearch'

/** The indexes a process can hold in memory. */
export type HostedIndex = 'public' | 'enquiries'

interface RuntimeState {
  env?: Env
  port?: SearchPort
  hot?: HotSwapSearch
  /** A port set by tests (or a benchmark): used as is, considered to host everything. */
  override?: SearchPort
  readonly hosted: Set<HostedIndex>
  readonly ready: Set<HostedIndex>
  readonly booting: Map<HostedIndex, Promise<void>>
  readonly waiters: (() => void)[]
  runner?: { readonly queues: readonly string[]; readonly timer: NodeJS.Timeout }
  started?: boolean
}

const STATE_KEY = Symbol.for('tieu-bieu.search-runtime')
export const state: RuntimeState = ((globalThis as Record<symbol, unknown>)[STATE_KEY] ??= {
  hosted: new Set(),
  ready: new Set(),
  booting: new Map(),
  waiters: [],
}) as RuntimeState

export function env(): Env {
  state.env ??= loadEnv()
  return state.env
}

export function notifyWaiters(): void {
  for (const wake of state.waiters.splice(0)) wake()
}
