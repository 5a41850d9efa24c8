/**
 * The demo showroom, searchable as a buyer would find it: the seed runs into the (temporary)
 * database Payload was booted on, then every published product, producer and fair is read and
 * mapped as the sync jobs do (cms/search) into an embedded engine holding the synonyms in force
 * (the CMS's, which start as the defaults), as `npm run reindex` builds it.
 */
import type { Payload } from 'payload'
import { PUBLIC_SOURCE_KINDS } from '../../cms/search/loadSearchDocuments'
import { rebuildSearchIndex } from '../../cms/search/rebuildSearchIndex'
import { readSynonyms } from '../../cms/search/SearchSynonyms'
import { seed } from '../../scripts/seed/index'
import { createEmbeddedSearch } from '../../src/search/adapters/embedded/create-embedded-search'
import type { EmbeddedSearchPort } from '../../src/search/types'

/** A fixed clock keeps OCOP validity and the fair calendar, and so the figures, reproducible. */
export const RELEVANCE_NOW = new Date('2026-11-22T03:00:00.000Z')

export interface RelevanceIndex {
  readonly search: EmbeddedSearchPort
  readonly documents: Record<string, number>
  readonly seedMs: number
  readonly indexMs: number
}

export async function seedRelevanceIndex(payload: Payload): Promise<RelevanceIndex> {
  let started = performance.now()
  await seed(payload, { demo: true, now: RELEVANCE_NOW })
  const seedMs = performance.now() - started
  started = performance.now()
  const search = createEmbeddedSearch({ synonyms: await readSynonyms(payload) })
  const built = await rebuildSearchIndex(payload, search, { kinds: PUBLIC_SOURCE_KINDS, now: RELEVANCE_NOW })
  return { search, documents: built.documents, seedMs, indexMs: performance.now() - started }
}
