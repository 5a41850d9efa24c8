/**
 * The search jobs. Each reads the database when it runs (not a copy taken at queue time), so jobs
 * that run late, twice or out of order still leave the index equal to the database. A failure
 * (Meilisearch down, say) leaves the job queued and retried with a growing delay, capped so that
 * after a long outage the index catches up within minutes of the engine coming back.
 */
import { getCurrentDate, type TaskConfig, type TaskHandlerArgs } from 'payload'
import { SearchUnavailableError } from '../../src/search/errors'
import { hostsIndex, rebuildHostedIndexes, type HostedIndex } from './hosted-index'
import { searchPort } from './search-port'
import { readSynonyms } from './SearchSynonyms'
import { SYNC_TARGET_KINDS, syncSearchTarget, type SyncTargetKind } from './syncSearchTarget'
import { REBUILD_SEARCH_TASK, SYNC_SEARCH_TASK, UPDATE_SYNONYMS_TASK } from './taskSlugs'

const FIRST_RETRY_MS = 5_000
const LONGEST_RETRY_MS = 5 * 60_000
/** About a year at the longest delay: "until it succeeds", short of a job that can never run. */
const ATTEMPTS = 100_000

/**
 * Payload's backoff is fixed or exponential without a ceiling; this caps the exponential one. The
 * failing attempt moves the job's `waitUntil` later than Payload's own (fixed, FIRST_RETRY_MS)
 * backoff, and Payload keeps the later of the two. Were that to change, retries fall back to every
 * FIRST_RETRY_MS, which is still safe.
 */
async function withCappedBackoff<T>(job: TaskHandlerArgs<'inline'>['job'], work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    const tried = Number((job as { totalTried?: number }).totalTried ?? 0)
    const delay = Math.min(FIRST_RETRY_MS * 2 ** tried, LONGEST_RETRY_MS)
    ;(job as { waitUntil?: string }).waitUntil = new Date(getCurrentDate().getTime() + delay).toISOString()
    throw error
  }
}

const retries = { attempts: ATTEMPTS, backoff: { type: 'fixed' as const, delay: FIRST_RETRY_MS } }

function indexOf(kind: SyncTargetKind): HostedIndex {
  return kind === 'enquiry' ? 'enquiries' : 'public'
}

/** An embedded index lives in one process: a job that reached another must wait for that one. */
function requireHosted(index: HostedIndex): void {
  if (!hostsIndex(index)) {
    throw new SearchUnavailableError(`this process does not hold the ${index} search index (see JOBS_QUEUES); the job is left for the process that does`)
  }
}

export const syncSearchTask: TaskConfig<'syncSearch'> = {
  slug: SYNC_SEARCH_TASK,
  label: 'Search: update the index after a change',
  inputSchema: [
    { name: 'kind', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  retries,
  handler: async ({ input, job, req }) => {
    const kind = SYNC_TARGET_KINDS.find((known) => known === input.kind)
    if (!kind) throw new Error(`syncSearch: unknown kind "${input.kind}"`)
    const outcome = await withCappedBackoff(job, async () => {
      requireHosted(indexOf(kind))
      return syncSearchTarget(req.payload, searchPort(), { kind, id: input.id }, { req })
    })
    return { output: outcome }
  },
}

export const updateSynonymsTask: TaskConfig<'updateSynonyms'> = {
  slug: UPDATE_SYNONYMS_TASK,
  label: 'Search: apply the synonyms staff edited',
  inputSchema: [],
  retries,
  handler: async ({ job, req }) => {
    const groups = await withCappedBackoff(job, async () => {
      const synonyms = await readSynonyms(req.payload, req)
      await searchPort().updateSynonyms(synonyms)
      return synonyms.length
    })
    return { output: { groups } }
  },
}

/**
 * Queued by `npm run reindex` on the embedded engine, one per index on its own queue: the process
 * holding that index rebuilds it from the database in place, without a restart.
 */
export const rebuildSearchTask: TaskConfig<'rebuildSearch'> = {
  slug: REBUILD_SEARCH_TASK,
  label: 'Search: rebuild the in-memory index from the database',
  inputSchema: [{ name: 'index', type: 'text', required: true }],
  retries,
  handler: async ({ input, job, req }) => {
    const index = input.index === 'enquiries' ? 'enquiries' : 'public'
    await withCappedBackoff(job, async () => {
      requireHosted(index)
      await rebuildHostedIndexes(req.payload)
    })
    return { output: { index } }
  },
}

export const SEARCH_TASKS: TaskConfig[] = [syncSearchTask, updateSynonymsTask, rebuildSearchTask]
