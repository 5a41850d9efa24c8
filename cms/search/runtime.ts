/**
 * The search port of this process, and the work that keeps it current.
 *
 * - Meilisearch: one port talking to the server; any process may search or sync.
 * - Embedded: the index lives in memory, so it is kept where searches are answered: the public
 *   index in the site process, the enquiry index in the admin (whose endpoint staff search).
 *   A process "hosts" an index when it runs that index's job queue (JOBS_QUEUES, see
 *   src/config/job-queues.ts), or when the site asks for public search. Hosting means: restore the
 *   snapshot if there is one (ready at once), rebuild from the database in the background and swap,
 *   and run the index's sync queue here.
 *
 * State sits on globalThis: Next.js may load this module more than once in one process.
 */
import type { Payload } from 'payload'
import { loadEnv, type Env } from '../../src/config/env'
import { ENQUIRY_SEARCH_QUEUE, jobQueuesOf, SEARCH_QUEUE } from '../../src/config/job-queues'
import { createEmbeddedSearch } from '../../src/search/adapters/embedded/create-embedded-search'
import { createSearch } from '../../src/search/create-search'
import { readSearchConfig } from '../../src/search/read-search-config'
import type { SearchPort } from '../../src/search/types'
import { createHotSwapSearch, type HotSwapSearch } from './hotSwapSearch'
import { PUBLIC_SOURCE_KINDS, type SearchSourceKind } from './loadSearchDocuments'
import { rebuildSearchIndex } from './rebuildSearchIndex'
import { readSynonyms } from './SearchSynonyms'
import { readSnapshotFile, writeSnapshotFile } from './snapshotFile'

/** The indexes a process can hold in memory. */
export type HostedIndex = 'public' | 'enquiries'

const QUEUE_OF: Readonly<Record<HostedIndex, string>> = { public: SEARCH_QUEUE, enquiries: ENQUIRY_SEARCH_QUEUE }
const KINDS_OF: Readonly<Record<HostedIndex, readonly SearchSourceKind[]>> = { public: PUBLIC_SOURCE_KINDS, enquiries: ['enquiry'] }
/** How often the search queues are looked at: a publish shows in search within about this long. */
const RUNNER_INTERVAL_MS = 1_500
const REBUILD_RETRY_MS = 30_000

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
const state: RuntimeState = ((globalThis as Record<symbol, unknown>)[STATE_KEY] ??= {
  hosted: new Set(),
  ready: new Set(),
  booting: new Map(),
  waiters: [],
}) as RuntimeState

function env(): Env {
  state.env ??= loadEnv()
  return state.env
}

function embedded(): boolean {
  return !state.override && !env().MEILI_URL
}

/** The search port of this process (Meilisearch, or this process's in-memory engine). */
export function searchPort(): SearchPort {
  if (state.override) return state.override
  if (!state.port) {
    const current = env()
    if (current.MEILI_URL) {
      state.port = createSearch(readSearchConfig(current as unknown as Record<string, string | undefined>))
    } else {
      state.hot = createHotSwapSearch()
      state.port = state.hot
    }
  }
  return state.port
}

/** Tests and benchmarks: use this port (undefined goes back to the configured one). */
export function useSearchPort(port: SearchPort | undefined): void {
  state.override = port
  notifyWaiters()
}

/** Whether this process keeps `index` current, so a sync job for it may run here. */
export function hostsIndex(index: HostedIndex): boolean {
  return !embedded() || state.hosted.has(index)
}

/** Whether `index` can answer now: false on the embedded engine until its first index is in. */
export function isSearchReady(index: HostedIndex = 'public'): boolean {
  return !embedded() || state.ready.has(index)
}

function notifyWaiters(): void {
  for (const wake of state.waiters.splice(0)) wake()
}

function markReady(index: HostedIndex): void {
  state.ready.add(index)
  notifyWaiters()
}

/** Resolves true once `index` is ready, or false after `timeoutMs`. */
export async function whenSearchReady(index: HostedIndex, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (!isSearchReady(index)) {
    const left = deadline - Date.now()
    if (left <= 0) return false
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, left)
      state.waiters.push(() => {
        clearTimeout(timer)
        resolve()
      })
    })
  }
  return true
}

/**
 * Rebuild every hosted index from the database and swap it in (the embedded engine's start-up
 * rebuild, and the `rebuildSearch` job a reindex queues). Writes the public snapshot when asked.
 */
export async function rebuildHostedIndexes(payload: Payload, options: { writeSnapshot?: boolean } = {}): Promise<void> {
  const hot = state.hot
  if (!embedded() || !hot || state.hosted.size === 0) return
  const hosted = [...state.hosted]
  const kinds = hosted.flatMap((index) => KINDS_OF[index])
  const started = Date.now()
  let written = 0
  await hot.rebuild(async (next) => {
    const result = await rebuildSearchIndex(payload, next, {
      kinds,
      onSkip: (error) => payload.logger.warn({ msg: `search: left out of the index: ${error.message}` }),
    })
    written = result.ids.size
  })
  for (const index of hosted) markReady(index)
  payload.logger.info({ msg: `search: rebuilt ${hosted.join(' and ')} index from the database (${written} documents, ${Date.now() - started} ms)` })
  // Never with the enquiry index in the same port: enquiries must not reach a file on disk.
  if (options.writeSnapshot && state.hosted.has('public') && !state.hosted.has('enquiries')) {
    const file = writeSnapshotFile(env().SEARCH_SNAPSHOT_DIR, hot.exportSnapshot())
    payload.logger.info({ msg: `search: wrote ${file}` })
  }
}

function restorePublicSnapshot(payload: Payload, hot: HotSwapSearch): boolean {
  const dir = env().SEARCH_SNAPSHOT_DIR
  let snapshot: string | undefined
  try {
    snapshot = readSnapshotFile(dir)
    if (!snapshot) return false
    const synonyms = hot.synonyms()
    hot.replace(createEmbeddedSearch({ snapshot, ...(synonyms ? { synonyms } : {}) }))
    markReady('public')
    payload.logger.info({ msg: `search: restored the public index from ${dir}` })
    return true
  } catch (error) {
    payload.logger.warn({ err: error, msg: `search: could not restore the snapshot in ${dir}; rebuilding from the database` })
    return false
  }
}

async function bootIndex(payload: Payload, index: HostedIndex): Promise<void> {
  const hot = state.hot
  if (!hot) return
  try {
    await hot.updateSynonyms(await readSynonyms(payload))
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'search: could not read the synonyms; starting with the defaults' })
  }
  // A snapshot only when nothing else is loaded yet: replacing the port would drop the other index.
  const restored = index === 'public' && state.ready.size === 0 && restorePublicSnapshot(payload, hot)
  const rebuild = async (): Promise<void> => {
    try {
      await rebuildHostedIndexes(payload, { writeSnapshot: !restored })
    } catch (error) {
      payload.logger.error({ err: error, msg: `search: rebuilding the ${index} index failed; retrying in ${REBUILD_RETRY_MS / 1000} s` })
      setTimeout(() => void rebuild(), REBUILD_RETRY_MS).unref()
    }
  }
  // In the background: requests are answered from the snapshot (or the database) meanwhile.
  void rebuild()
}

/** Keep `index` in this process's memory (embedded engine): restore, rebuild, and keep it ready. */
export function hostIndex(payload: Payload, index: HostedIndex): Promise<void> {
  if (!embedded()) return Promise.resolve()
  searchPort()
  const booting = state.booting.get(index)
  if (booting) return booting
  state.hosted.add(index)
  const boot = bootIndex(payload, index).catch((error: unknown) => {
    payload.logger.error({ err: error, msg: `search: could not start the ${index} index` })
  })
  state.booting.set(index, boot)
  if (!state.runner?.queues.includes(QUEUE_OF[index])) {
    payload.logger.warn({
      msg: `search: this process holds the ${index} index but does not run the "${QUEUE_OF[index]}" job queue (JOBS_QUEUES); it will not see changes until restarted`,
    })
  }
  return boot
}

/** Run these job queues here, a batch every RUNNER_INTERVAL_MS, one run at a time. */
function startQueueRunner(payload: Payload, queues: readonly string[]): void {
  if (state.runner || queues.length === 0) return
  let busy = false
  const timer = setInterval(async () => {
    if (busy) return
    busy = true
    try {
      for (const queue of queues) await payload.jobs.run({ queue, limit: 100 })
    } catch (error) {
      payload.logger.error({ err: error, msg: `search: running the ${queues.join(', ')} job queue failed; trying again shortly` })
    } finally {
      busy = false
    }
  }, RUNNER_INTERVAL_MS)
  timer.unref()
  state.runner = { queues, timer }
}

/**
 * Start this process's part (Payload's onInit): run the search queues named in JOBS_QUEUES, host
 * their indexes on the embedded engine. Returns at once;
 * nothing here delays Payload's start.
 */
export function startSearchRuntime(payload: Payload): void {
  if (state.started || state.override) return
  state.started = true
  const queues = jobQueuesOf(env())
  const searchQueues: string[] = queues.filter((queue) => queue === SEARCH_QUEUE || queue === ENQUIRY_SEARCH_QUEUE)
  startQueueRunner(payload, searchQueues)
  for (const index of ['public', 'enquiries'] as const) {
    if (searchQueues.includes(QUEUE_OF[index])) void hostIndex(payload, index)
  }
}

/** Stop the queue runner (tests, scripts shutting down). */
export function stopSearchRuntime(): void {
  if (state.runner) clearInterval(state.runner.timer)
  state.runner = undefined
  state.started = false
}
