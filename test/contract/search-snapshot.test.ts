import { describe, expect, it } from 'vitest'
import { buildQueries } from '../../scripts/bench/search'
import { generateProducts } from '../../scripts/bench/generate-products'
import { createEmbeddedSearch } from '../../src/search/adapters/embedded/create-embedded-search'
import { mapProduct } from '../../src/search/mappers/map-product'
import type { SearchQuery } from '../../src/search/types'

/**
 * A restored index must answer exactly as the one it was saved from: the benchmark's query mix
 * (accents, phrases, prefixes, provinces, English, synonyms, filters, facets, sorts, pages) over a
 * generated catalogue with removed and replaced documents, scores, facets and totals compared whole.
 */
describe('embedded engine snapshot round trip', () => {
  it('should answer the benchmark queries exactly as the index it was saved from', async () => {
    const documents = generateProducts(1_500, 7).flatMap((product) => mapProduct(product, { now: new Date('2026-11-22T00:00:00Z') }))
    const original = createEmbeddedSearch({ resultCacheSize: 0 })
    await original.upsert(documents)
    await original.remove(documents.slice(0, 40).map((doc) => doc.id))
    await original.upsert(documents.slice(40, 60).map((doc) => ({ ...doc, title: `${doc.title} mới` })))
    const snapshot = original.exportSnapshot()
    const restored = createEmbeddedSearch({ snapshot, resultCacheSize: 0 })
    // The restored index holds nothing of the snapshot's bytes: the file's buffer can go.
    snapshot.fill(0)
    expect(restored.count()).toEqual(original.count())
    const queries: SearchQuery[] = [...buildQueries(400, 11).map(({ query }) => query), { q: '', locale: 'vi', sort: 'name', hitsPerPage: 100 }]
    for (const query of queries) {
      const [a, b] = [await original.search(query), await restored.search(query)]
      // As JSON: the order of a facet's values (the dictionaries' order) must match too.
      expect(JSON.stringify({ ...b, tookMs: 0 }), JSON.stringify(query)).toBe(JSON.stringify({ ...a, tookMs: 0 }))
    }
    // A snapshot of the restored index is the same bytes: nothing was lost or reordered on the way.
    expect(Buffer.from(restored.exportSnapshot()).equals(Buffer.from(original.exportSnapshot()))).toBe(true)
    // About 3 s on a quiet machine: room for a loaded one.
  }, 60_000)
})
