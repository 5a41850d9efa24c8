import { describe, expect, it } from 'vitest'
import { createEmbeddedSearch } from '../../src/search/adapters/embedded/create-embedded-search'
import { SearchSnapshotError } from '../../src/search/errors'
import { describeForgivingSearchContract } from './search-forgiving.contract'
import { describeSearchContract, fixtureDocuments } from './search.contract'

describe('search contract: embedded engine', () => {
  describeSearchContract({ create: async () => createEmbeddedSearch() })
})

describe('forgiving search contract: embedded engine', () => {
  describeForgivingSearchContract({ create: async () => createEmbeddedSearch() })
})

describe('embedded engine snapshots', () => {
  it('should answer the same after an export and restore', async () => {
    const original = createEmbeddedSearch()
    await original.upsert(fixtureDocuments())
    await original.remove(['product-p4-vi'])
    const restored = createEmbeddedSearch({ snapshot: original.exportSnapshot() })
    for (const q of ['mat ong', 'dế', 'Bình Dương', 'keo dua', 'thit de']) {
      const [a, b] = await Promise.all([original.search({ q, locale: 'vi' }), restored.search({ q, locale: 'vi' })])
      expect(
        b.hits.map((hit) => hit.id),
        q,
      ).toEqual(a.hits.map((hit) => hit.id))
    }
    expect(restored.count()).toEqual(original.count())
    // The restored index keeps working: documents can still be replaced and removed.
    await restored.remove(['product-p1-vi'])
    expect((await restored.search({ q: 'mat ong rung', locale: 'vi' })).hits.map((hit) => hit.id)).not.toContain('product-p1-vi')
  })

  it('should answer as the original, scores and facets included, after removals, replacements and writes on both sides', async () => {
    const documents = fixtureDocuments()
    const vi = documents.filter((doc) => doc.locale === 'vi' && doc.kind !== 'enquiry')
    const original = createEmbeddedSearch({ resultCacheSize: 0 })
    await original.upsert(documents)
    // A removed and a replaced document leave dead numbers the snapshot must skip and renumber around.
    await original.remove([vi[0]!.id])
    await original.upsert([{ ...vi[1]!, title: `${vi[1]!.title} mới` }])
    const restored = createEmbeddedSearch({ snapshot: original.exportSnapshot(), resultCacheSize: 0 })
    const queries = ['mat ong', 'mật ong rừng', 'dế', 'Bình Dương', 'keo dua', 'thit de', 'ca', 'mat o', 'tho cam', '']
    const same = async () => {
      for (const q of queries) {
        const query = { q, locale: 'vi' as const, facets: ['kind', 'province', 'awardLevel', 'awardYear'] as const, hitsPerPage: 50 }
        const [a, b] = await Promise.all([original.search({ ...query, facets: [...query.facets] }), restored.search({ ...query, facets: [...query.facets] })])
        expect({ ...b, tookMs: 0 }, q).toEqual({ ...a, tookMs: 0 })
      }
    }
    await same()
    // Writes after a restore grow the restored postings as they grow fresh ones.
    for (const search of [original, restored]) {
      await search.upsert([vi[0]!, { ...vi[2]!, title: `${vi[2]!.title} đặc biệt` }])
      await search.remove([vi[3]!.id])
    }
    await same()
  })

  it('should refuse a snapshot from another version, so the CMS reindexes instead of serving nothing', () => {
    const snapshot = JSON.parse(createEmbeddedSearch().exportSnapshot()) as { version: number }
    snapshot.version = 999
    expect(() => createEmbeddedSearch({ snapshot: JSON.stringify(snapshot) })).toThrow(SearchSnapshotError)
    expect(() => createEmbeddedSearch({ snapshot: 'not json' })).toThrow(SearchSnapshotError)
  })
})
