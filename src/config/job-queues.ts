/**
 * Which process runs which job queue. Jobs are rows in the database, so any process could run
 * them — but the embedded search index lives in memory, in the process that answers searches: its
 * sync jobs must run there, or they would update an index nobody reads.
 *
 *               admin (Next)                        site (Astro)
 *   embedded    default, search-enquiries           search
 *   Meilisearch default, search, search-enquiries   —
 *
 * (The admin answers the staff's enquiry search, so with the embedded engine it holds that index.)
 */
import type { Env } from './env'

/** Mail, enquiry delivery, escalation. */
export const DEFAULT_QUEUE = 'default'
/** Sync of the public indexes (products, producers, fairs). */
export const SEARCH_QUEUE = 'search'
/** Sync of the private enquiry index. */
export const ENQUIRY_SEARCH_QUEUE = 'search-enquiries'
export const SEARCH_QUEUES: readonly string[] = [SEARCH_QUEUE, ENQUIRY_SEARCH_QUEUE]

export type Server = 'admin' | 'site'

/** The queues `npm start` gives each server (its JOBS_QUEUES). */
export function jobQueuesFor(server: Server, env: Pick<Env, 'MEILI_URL'>): string[] {
  const embedded = !env.MEILI_URL
  if (server === 'site') return embedded ? [SEARCH_QUEUE] : []
  return embedded ? [DEFAULT_QUEUE, ENQUIRY_SEARCH_QUEUE] : [DEFAULT_QUEUE, SEARCH_QUEUE, ENQUIRY_SEARCH_QUEUE]
}

/** The queues this process runs: JOBS_QUEUES, else `default` when the older JOBS_AUTORUN is set. */
export function jobQueuesOf(env: Pick<Env, 'JOBS_QUEUES' | 'JOBS_AUTORUN'>): string[] {
  return env.JOBS_QUEUES ?? (env.JOBS_AUTORUN ? [DEFAULT_QUEUE] : [])
}
