/**
 * `/readyz` for both processes: the database through Payload (a count on a small table, so the
 * schema is there too), and the search engine this process uses: Meilisearch's own health route,
 * or, on the embedded engine, whether the indexes held in this process's memory have loaded.
 */
import type { Payload } from 'payload'
import type { Env } from '../../src/config/env'
import { pingMeilisearch } from '../../src/health/ping-meilisearch'
import { type CheckOutcome, checkReadiness, type ReadinessReport } from '../../src/health/readiness'
import { type HostedIndex, hostsIndex, isSearchReady } from '../search/hosted-index'

async function databaseCheck(payload: Payload): Promise<CheckOutcome> {
  const { totalDocs } = await payload.count({ collection: 'provinces', overrideAccess: true })
  return { status: 'ok', detail: `${payload.db.name} answers (${totalDocs} provinces)` }
}

const INDEXES: readonly HostedIndex[] = ['public', 'enquiries']

async function embeddedSearchCheck(): Promise<CheckOutcome> {
  const held = INDEXES.filter((index) => hostsIndex(index))
  if (held.length === 0) return { status: 'ok', detail: 'no search index is held in this process' }
  const loading = held.filter((index) => !isSearchReady(index))
  if (loading.length > 0) {
    return {
      status: 'failed',
      reason:
        `the embedded ${loading.join(' and ')} index is still loading ` +
        `(restoring its snapshot or rebuilding from the database); pages answer from the database meanwhile`,
    }
  }
  return { status: 'ok', detail: `embedded ${held.join(' and ')} index ready` }
}

export function checkProcessReadiness(payload: Payload, env: Pick<Env, 'MEILI_URL' | 'SERVICE_NAME'>): Promise<ReadinessReport> {
  const meili = env.MEILI_URL
  return checkReadiness(env.SERVICE_NAME, {
    database: () => databaseCheck(payload),
    search: meili ? () => pingMeilisearch(meili) : embeddedSearchCheck,
    searchEngine: meili ? 'meilisearch' : 'embedded',
  })
}
