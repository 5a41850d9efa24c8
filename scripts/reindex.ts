/**
 * `npm run reindex`: rebuild search from the database. Idempotent: run it as often as you like.
 *
 * - Meilisearch (MEILI_URL set): apply the index settings and synonyms, upsert every published
 *   product, producer and fair and every enquiry, then remove what the database no longer has.
 * - Embedded engine: build the public index and write the snapshot the site restores at start
 *   (SEARCH_SNAPSHOT_DIR/public.snapshot; enquiries are never written to disk), and queue a rebuild for
 *   running servers, which then refresh their in-memory indexes without a restart.
 *
 * Writes nothing to the CMS documents, so no sync hooks fire.
 */
import { existsSync } from 'node:fs'
import cliProgress from 'cli-progress'
import { getPayload } from 'payload'
import config from '../cms/payload.config'
import { ALL_SOURCE_KINDS, PUBLIC_SOURCE_KINDS, type SearchSourceKind } from '../cms/search/loadSearchDocuments'
import { rebuildSearchIndex, staleIds, type RebuildProgress } from '../cms/search/rebuildSearchIndex'
import { readSynonyms } from '../cms/search/SearchSynonyms'
import { writeSnapshotFile } from '../cms/search/snapshotFile'
import { REBUILD_SEARCH_TASK } from '../cms/search/taskSlugs'
import { loadEnv } from '../src/config/env'
import { ENQUIRY_SEARCH_QUEUE, SEARCH_QUEUE } from '../src/config/job-queues'
import { createEmbeddedSearch } from '../src/search/adapters/embedded/create-embedded-search'
import { createSearch } from '../src/search/create-search'
import { readSearchConfig } from '../src/search/read-search-config'
import type { SearchPort } from '../src/search/types'
import { requireNode24 } from './lib/nodeVersion'

requireNode24()
if (existsSync('.env')) process.loadEnvFile('.env')
const env = loadEnv()
const started = Date.now()
const payload = await getPayload({ config })
const meilisearch = Boolean(env.MEILI_URL)
const kinds: readonly SearchSourceKind[] = meilisearch ? ALL_SOURCE_KINDS : PUBLIC_SOURCE_KINDS
const synonyms = await readSynonyms(payload)

const bar = new cliProgress.SingleBar(
  { format: 'reindex {bar} {percentage}% | {value}/{total} documents | {kind}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 5_000 },
  cliProgress.Presets.shades_classic,
)
let barStarted = false
const onProgress = ({ kind, done, total }: RebuildProgress) => {
  if (!barStarted) {
    bar.start(total, 0, { kind })
    barStarted = true
  }
  bar.update(done, { kind })
}
const skipped: string[] = []

let port: SearchPort
if (meilisearch) {
  port = createSearch({ ...readSearchConfig(env as unknown as Record<string, string | undefined>), synonyms })
  console.log(`Reindexing into Meilisearch at ${env.MEILI_URL}…`)
  await port.applySettings()
} else {
  port = createEmbeddedSearch({ synonyms })
  console.log('Building the embedded public index…')
}

const result = await rebuildSearchIndex(payload, port, { kinds, onProgress, onSkip: (error) => skipped.push(error.message) })
if (barStarted) bar.stop()
for (const line of skipped) console.warn(`  left out: ${line}`)

if (meilisearch) {
  const stale = await staleIds(port, kinds, result.ids)
  if (stale.length > 0) await port.remove(stale)
  console.log(`Removed ${stale.length} stale documents.`)
} else {
  const file = writeSnapshotFile(env.SEARCH_SNAPSHOT_DIR, (port as ReturnType<typeof createEmbeddedSearch>).exportSnapshot())
  console.log(`Wrote ${file}.`)
  // Running servers hold their own copy in memory: ask them to rebuild it (a no-op queue entry if none runs).
  for (const [queue, index] of [
    [SEARCH_QUEUE, 'public'],
    [ENQUIRY_SEARCH_QUEUE, 'enquiries'],
  ] as const) {
    await payload.jobs.queue({ task: REBUILD_SEARCH_TASK as never, input: { index } as never, queue })
  }
}

const counts = Object.entries(result.documents)
  .map(([kind, n]) => `${kind} ${n}`)
  .join(', ')
console.log(`Indexed ${result.ids.size} search documents (${counts}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
await payload.destroy()
process.exit(0)
