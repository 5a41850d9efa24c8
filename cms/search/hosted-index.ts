/**
 * Hosting an index on the embedded engine: the index lives in memory, so it is kept where searches
 * are answered: the public index in the site process, the enquiry index in the admin (whose
 * endpoint staff search). A process hosts an index when it runs that index's job queue
 * (JOBS_QUEUES, see src/config/job-queues.ts), or when the site asks for public search. Hosting
 * means: restore the snapshot if there is one (ready at once), rebuild from the database in the
 * background and swap, and track when the index is ready.
 */
import type { Payload } from 'payload'
import { ENQUIRY_SEARCH_QUEUE, SEARCH_QUEUE } from '../../src/config/job-queues'
import { createEmbeddedSearch } from '../../src/search/adapters/embedded/create-embedded-search'
import type { HotSwapSearch } from './hotSwapSearch'
import { PUBLIC_SOURCE_KINDS, type SearchSourceKind } from './loadSearchDocuments'
import { runsQueue } from './queue-runner'
import { rebuildSearchIndex } from './rebuildSearchIndex'
import { env, notifyWaiters, state, type HostedIndex } from './runtime-state'
import { readSynonyms } from './SearchSynonyms'
import { embedded, searchPort } from './search-port'
import { readSnapshotFile, writeSnapshotFile } from './snapshotFile'

export type { HostedIndex } from './runtime-state'

export const QUEUE_OF: Readonly<Record<HostedIndex, string>> = { public: SEARCH_QUEUE, enquiries: ENQUIRY_SEARCH_QUEUE }
const KINDS_OF: Readonly<Record<HostedIndex, readonly SearchSourceKind[]>> = { public: PUBLIC_SOURCE_KINDS, enquiries: ['enquiry'] }
const REBUILD_RETRY_MS = 30_000

/** Whether this process keeps `index` current, so a sync job for it may run here. */
export function hostsIndex(index: HostedIndex): boolean {
  return !embedded() || state.hosted.has(index)
}

/** Whether `index` can answer now: false on the embedded engine until its first index is in. */
export function isSearchReady(index: HostedIndex = 'public'): boolean {
  return !embedded() || state.ready.has(index)
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
  let snapshot: Uint8Array | undefined
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
  if (!runsQueue(QUEUE_OF[index])) {
    payload.logger.warn({
      msg:
        `search: this process holds the ${index} index ` +
        `but does not run the "${QUEUE_OF[index]}" job queue (JOBS_QUEUES); it will not see changes until restarted`,
    })
  }
  return boot
}
