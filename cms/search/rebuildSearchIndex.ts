/**
 * Fill a search port from the database: every indexable document of the given kinds, a page at a
 * time (the event loop breathes between pages, so a site rebuilding its index keeps answering).
 * Used by `npm run reindex` and by the embedded engine's start-up rebuild.
 */
import type { Payload, PayloadRequest } from 'payload'
import { indexNameForId } from '../../src/search/settings/index-names'
import type { SearchPort } from '../../src/search/types'
import { loadLookups, mapRawDocuments, readDocuments, indexableWhere, COLLECTION_OF, type LoadOptions, type SearchSourceKind } from './loadSearchDocuments'

export interface RebuildProgress {
  readonly kind: SearchSourceKind
  /** Source documents read so far, over all kinds. */
  readonly done: number
  readonly total: number
}

export interface RebuildOptions extends LoadOptions {
  readonly kinds: readonly SearchSourceKind[]
  readonly pageSize?: number
  readonly onProgress?: (progress: RebuildProgress) => void
}

export interface RebuildResult {
  /** Search documents written, by source kind. */
  readonly documents: Record<string, number>
  /** Every search id written. */
  readonly ids: Set<string>
  /** Source documents that could not be mapped. */
  readonly skipped: number
}

/** How many source documents a rebuild of these kinds reads (for a progress bar). */
export async function countIndexable(payload: Payload, kinds: readonly SearchSourceKind[], req?: PayloadRequest): Promise<number> {
  let total = 0
  for (const kind of kinds) {
    total += (await payload.count({ collection: COLLECTION_OF[kind], where: indexableWhere(kind), overrideAccess: true, req })).totalDocs
  }
  return total
}

export async function rebuildSearchIndex(payload: Payload, port: SearchPort, options: RebuildOptions): Promise<RebuildResult> {
  const pageSize = options.pageSize ?? 250
  const lookups = await loadLookups(payload, options.req)
  const total = options.onProgress ? await countIndexable(payload, options.kinds, options.req) : 0
  const documents: Record<string, number> = {}
  const ids = new Set<string>()
  let done = 0
  let skipped = 0
  for (const kind of options.kinds) {
    documents[kind] = 0
    for (let page = 1; ; page += 1) {
      const { docs, hasNextPage } = await readDocuments(payload, kind, indexableWhere(kind), options.req, { limit: pageSize, page })
      const mapped = await mapRawDocuments(payload, kind, docs, lookups, {
        ...options,
        onSkip: (error) => {
          skipped += 1
          options.onSkip?.(error)
        },
      })
      const batch = [...mapped.values()].flat()
      if (batch.length > 0) await port.upsert(batch)
      for (const doc of batch) ids.add(doc.id)
      documents[kind] += batch.length
      done += docs.length
      options.onProgress?.({ kind, done, total })
      if (!hasNextPage) break
      // Let requests in between pages.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  return { documents, ids, skipped }
}

/**
 * Ids the port holds for these kinds that the rebuild did not write: documents deleted or
 * unpublished while no sync ran. Ids of other kinds (enquiries during a public rebuild) are kept.
 */
export async function staleIds(port: SearchPort, kinds: readonly SearchSourceKind[], written: ReadonlySet<string>): Promise<string[]> {
  const prefixes = kinds.map((kind) => `${kind}-`)
  return (await port.listDocumentIds()).filter((id) => indexNameForId(id) !== null && prefixes.some((prefix) => id.startsWith(prefix)) && !written.has(id))
}
