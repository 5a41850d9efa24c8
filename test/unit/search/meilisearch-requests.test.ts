/** The Meilisearch adapter's index requests (settings, documents, deletes) and its errors; searches are in meilisearch-requests.search.test.ts. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMeilisearchSearch } from '../../../src/search/adapters/meilisearch/create-meilisearch-search'
import { SearchIndexError, SearchUnavailableError } from '../../../src/search/errors'
import { mapEnquiry, mapProduct } from '../../../src/search/mappers/index'
import type { SearchPort } from '../../../src/search/types'
import { FakeMeilisearch } from './fake-meilisearch'

describe('Meilisearch adapter requests', () => {
  const fake = new FakeMeilisearch()
  let search: SearchPort
  let baseUrl: string

  beforeAll(async () => {
    baseUrl = await fake.start()
    search = createMeilisearchSearch({ url: baseUrl, apiKey: 'master-key', taskIntervalMs: 1, taskTimeoutMs: 2_000 })
  })
  afterAll(() => fake.stop())
  afterEach(() => fake.reset())

  it('should create each index with primary key id and PATCH its settings, waiting for every task', async () => {
    await search.applySettings()
    const writes = fake.writes()
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /indexes',
      'PATCH /indexes/tieu_bieu_public_vi/settings',
      'POST /indexes',
      'PATCH /indexes/tieu_bieu_public_en/settings',
      'POST /indexes',
      'PATCH /indexes/tieu_bieu_enquiries/settings',
    ])
    expect(writes[0]!.body).toEqual({ uid: 'tieu_bieu_public_vi', primaryKey: 'id' })
    expect(writes.every((r) => r.authorization === 'Bearer master-key')).toBe(true)
    // Each of the six tasks was polled until it was done.
    const polled = new Set(fake.requests.filter((r) => r.method === 'GET').map((r) => r.path))
    expect(polled).toEqual(new Set([0, 1, 2, 3, 4, 5].map((uid) => `/tasks/${uid}`)))

    const vi = writes[1]!.body as Record<string, unknown>
    expect(vi.searchableAttributes).toEqual(['searchTitle', 'searchAlt', 'searchKeywords', 'searchPlaces', 'searchBody', 'marked'])
    expect(vi.filterableAttributes).toEqual(expect.arrayContaining(['kind', 'provinceKeys', 'productGroupKey', 'awardLevel', 'awardYear', 'producerId']))
    expect(vi.sortableAttributes).toEqual(['sortName', 'newestAwardYear', 'dateTs'])
    expect(vi.rankingRules).toEqual(['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'])
    expect((vi.synonyms as Record<string, string[]>).khom).toEqual(['dua', 'thom', 'pineapple'])
    expect((vi.synonyms as Record<string, string[]>)['mat ong']).toEqual(['honey'])
    expect(vi.typoTolerance).toMatchObject({ enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnAttributes: ['marked', 'searchBody'] })
    expect((writes[3]!.body as Record<string, unknown>).typoTolerance).toMatchObject({ enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } })
  })

  it('should accept an index that already exists, so settings can be applied on every start', async () => {
    fake.failNext = { code: 'index_already_exists', message: 'Index `tieu_bieu_public_vi` already exists.' }
    await expect(search.applySettings()).resolves.toBeUndefined()
  })

  it('should POST folded records to the index of their locale, enquiries to the private one', async () => {
    await search.upsert([
      ...mapProduct({ id: 1, slug: 'mat-ong', name: { vi: 'Mật ong rừng', en: 'Forest honey' }, _status: 'published' }),
      ...mapEnquiry({ id: 9, message: 'Cần mua mật ong', producer: 'pr1' }),
    ])
    const writes = fake.writes()
    expect(writes.map((r) => `${r.method} ${r.path}?${r.query}`)).toEqual([
      'POST /indexes/tieu_bieu_public_vi/documents?primaryKey=id',
      'POST /indexes/tieu_bieu_public_en/documents?primaryKey=id',
      'POST /indexes/tieu_bieu_enquiries/documents?primaryKey=id',
    ])
    const [record] = writes[0]!.body as Record<string, unknown>[]
    expect(record).toMatchObject({ id: 'product-1-vi', title: 'Mật ong rừng', searchTitle: 'mat ong rung', marked: 'ma65t ru72ng', sortName: 'mat ong rung' })
    expect((writes[2]!.body as Record<string, unknown>[])[0]).toMatchObject({ id: 'enquiry-9', kind: 'enquiry', producerId: 'pr1' })
  })

  it('should DELETE one document by id, and batch several', async () => {
    await search.remove(['product-1-vi'])
    await search.remove(['product-1-en', 'product-2-en', 'bogus-id'])
    const writes = fake.writes()
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      'DELETE /indexes/tieu_bieu_public_vi/documents/product-1-vi',
      'POST /indexes/tieu_bieu_public_en/documents/delete-batch',
    ])
    expect(writes[1]!.body).toEqual(['product-1-en', 'product-2-en'])
  })

  it('should report a failed indexing task as an index error with the task as cause', async () => {
    fake.failNext = { code: 'invalid_document_id', message: 'Document identifier is invalid.' }
    const error = await search.upsert(mapProduct({ id: 5, slug: 'x', name: 'Nón lá', _status: 'published' }, { locales: ['vi'] })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SearchIndexError)
    expect((error as SearchIndexError).cause).toMatchObject({ status: 'failed', error: { code: 'invalid_document_id' } })
  })

  it('should report a missing index as unavailable, with a hint to apply settings', async () => {
    const unset = createMeilisearchSearch({ url: baseUrl, apiKey: 'master-key', indexPrefix: 'missing_' })
    const error = await unset.search({ q: 'mat ong', locale: 'vi' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SearchUnavailableError)
    expect((error as Error).message).toMatch(/apply settings or reindex/)
  })

  it('should report an unreachable server as unavailable', async () => {
    const down = createMeilisearchSearch({ url: 'http://127.0.0.1:9', requestTimeoutMs: 1_000 })
    await expect(down.search({ q: 'mat ong', locale: 'vi' })).rejects.toBeInstanceOf(SearchUnavailableError)
  })
})
