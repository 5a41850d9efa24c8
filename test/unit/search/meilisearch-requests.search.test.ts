/** The Meilisearch adapter's search requests: folded words, accent-exact federation, candidate queries, enquiry scope. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMeilisearchSearch } from '../../../src/search/adapters/meilisearch/create-meilisearch-search'
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

  it('should POST a search with folded words, filters, facets, sort and page', async () => {
    const result = await search.search({
      q: 'Mat ong',
      locale: 'vi',
      filters: { province: ['Bình Dương'], awardLevel: ['national'], awardYear: [2023], kind: ['product'] },
      facets: ['province', 'awardLevel'],
      sort: 'newestAward',
      page: 2,
      hitsPerPage: 10,
    })
    const [request] = fake.writes()
    expect(`${request!.method} ${request!.path}`).toBe('POST /indexes/tieu_bieu_public_vi/search')
    expect(request!.body).toMatchObject({
      q: 'mat ong',
      filter: ['kind IN ["product"]', 'provinceKeys IN ["binh duong"]', 'awardLevel IN ["national"]', 'awardYear IN [2023]'],
      facets: ['province', 'awardLevel'],
      sort: ['newestAwardYear:desc', 'sortName:asc'],
      page: 2,
      hitsPerPage: 10,
      matchingStrategy: 'all',
    })
    expect(result.totalHits).toBe(1)
    expect(result.facets).toEqual({ province: { 'Cà Mau': 1 }, awardLevel: { national: 1 } })
    expect(result.hits[0]).toMatchObject({
      id: 'product-1-vi',
      title: 'Mật ong rừng',
      province: 'Cà Mau',
      snippet: 'Thu hoạch ở rừng tràm, mật ong nguyên chất.',
    })
  })

  it('should add an accent-exact query, federated on the same index, when the buyer typed diacritics', async () => {
    const result = await search.search({ q: 'dế', locale: 'vi', facets: ['province'] })
    const [request] = fake.writes()
    expect(`${request!.method} ${request!.path}`).toBe('POST /multi-search')
    const body = request!.body as { federation: Record<string, unknown>; queries: Record<string, unknown>[] }
    expect(body.federation).toEqual({ page: 1, hitsPerPage: 20, facetsByIndex: { tieu_bieu_public_vi: ['province'] } })
    expect(body.queries.map((query) => query.q)).toEqual(['de', 'de de61'])
    expect(body.queries[1]!.federationOptions).toEqual({ weight: 1.5 })
    expect(result.facets).toEqual({ province: { 'Cà Mau': 1 } })
    expect(result.hits[0]!.score).toBe(1.4)
  })

  it('should say the hits are near matches when the first was found by the folded query alone', async () => {
    // "thịt dế" (cricket meat): the first hit did not come from the accent-exact query, so none holds "dế".
    fake.accentExact = false
    expect((await search.search({ q: 'thịt dế', locale: 'vi' })).approximate).toBe(true)
    fake.accentExact = true
    expect((await search.search({ q: 'thịt dế', locale: 'vi' })).approximate).toBeUndefined()
    // Without diacritics there is nothing to be near to.
    fake.accentExact = false
    expect((await search.search({ q: 'thit de', locale: 'vi' })).approximate).toBeUndefined()
  })

  it('should leave out words the catalogue lacks, asking Meilisearch for each candidate, and say which', async () => {
    fake.matches = (q) => !q.includes('xuat') && !q.includes('khau')
    const result = await search.search({ q: 'mua mật ong xuất khẩu', locale: 'vi' })
    const [first, probe, page] = fake.writes()
    expect((first!.body as { queries: unknown[] }).queries[0]).toMatchObject({ q: 'mua mat ong xuat khau', matchingStrategy: 'all' })
    expect(probe!.path).toBe('/multi-search')
    const queries = (probe!.body as { queries: { q: string; matchingStrategy: string; limit: number }[] }).queries
    expect(queries[0]).toMatchObject({ q: 'mat ong xuat khau', matchingStrategy: 'all', limit: 0 })
    expect(queries.map((query) => query.q)).toContain('mat ong')
    // "mật ong" alone would leave out "xuất" and "khẩu": half the content words, the head kept.
    expect((page!.body as { queries: { q: string }[] }).queries.map((query) => query.q)).toEqual(['mat ong', 'mat ong ma65t'])
    expect(result.ignoredWords).toEqual(['mua', 'xuất', 'khẩu'])
  })

  it('should widen a thin full match with the best candidate that finds more, listing the full matches first', async () => {
    // Every search finds the one product (totalHits 1: fewer than three hold every word); probes count three.
    const result = await search.search({ q: 'mat ong thien nhien', locale: 'vi', hitsPerPage: 10 })
    const [full, probe, wider] = fake.writes()
    expect(full!.body).toMatchObject({ q: 'mat ong thien nhien', matchingStrategy: 'all' })
    expect(probe!.path).toBe('/multi-search')
    // The wider query keeps the head words, from the first page, with room for the full matches it repeats.
    expect(wider!.path).toBe('/indexes/tieu_bieu_public_vi/search')
    expect(wider!.body).toMatchObject({ q: 'mat ong thien', matchingStrategy: 'all', page: 1, hitsPerPage: 11 })
    // The product both searches found is listed once; no word is said to be left out.
    expect(result.hits.map((hit) => hit.id)).toEqual(['product-1-vi'])
    expect(result.ignoredWords).toBeUndefined()
  })

  it('should widen a thin partial match with the next candidate that finds more', async () => {
    // Nothing holds "rừng" beside "nguyên chất"; without "rừng" one item, with "mật ong rừng" three.
    fake.matches = (q) => !(q.includes('rung') && q.includes('nguyen'))
    fake.probeCount = (q) => (q === 'mat ong rung' ? 3 : 1)
    const result = await search.search({ q: 'mật ong rừng nguyên chất', locale: 'vi', hitsPerPage: 10 })
    const pages = fake.writes().slice(2)
    const asked = pages.map((request) => (request.body as { q?: string; queries?: { q: string }[] }).queries?.[0]?.q ?? (request.body as { q: string }).q)
    // The best candidate first, then the one keeping the head and "rừng", from the first page.
    expect(asked).toEqual(['mat ong nguyen chat', 'mat ong rung'])
    expect(result.ignoredWords).toEqual(['rừng'])
    // Leaving out a content word, each is counted and asked only outside the story.
    const probe = (fake.writes()[1]!.body as { queries: { q: string; attributesToSearchOn?: string[] }[] }).queries
    expect(probe.find((query) => query.q === 'mat ong rung')?.attributesToSearchOn).not.toContain('searchBody')
    for (const request of pages) {
      const sent = (request.body as { queries?: { attributesToSearchOn?: string[] }[]; attributesToSearchOn?: string[] }).queries?.[0] ?? request.body
      expect((sent as { attributesToSearchOn?: string[] }).attributesToSearchOn).toEqual([
        'searchTitle',
        'searchAlt',
        'searchKeywords',
        'searchPlaces',
        'marked',
      ])
    }
  })

  it('should answer nothing rather than leave out the head words', async () => {
    fake.matches = (q) => !q.includes('hoa') || !q.includes('nuoc')
    const result = await search.search({ q: 'nuoc hoa', locale: 'vi' })
    expect(result.totalHits).toBe(0)
    expect(result.ignoredWords).toBeUndefined()
  })

  it('should read Telex typed with the Vietnamese keyboard off as a second candidate, and say so', async () => {
    fake.matches = (q) => q === 'mat ong' || q.startsWith('mat ong ')
    const result = await search.search({ q: 'maatj ong', locale: 'vi' })
    const probe = fake.writes()[1]!
    expect((probe.body as { queries: { q: string }[] }).queries[0]!.q).toBe('mat ong')
    expect(result.readAs).toBe('mật ong')
    expect(result.totalHits).toBe(1)
  })

  it('should not take a reading that answers by leaving out the very word it decoded', async () => {
    // "box" reads as Telex "bõ"; "honey" finds things, neither "box" nor "bõ" anything.
    fake.matches = (q) => q === 'honey'
    const result = await search.search({ q: 'mật ong box', locale: 'vi' })
    const probe = fake.writes()[1]!
    const asked = (probe.body as { queries: { q: string }[] }).queries.map((query) => query.q)
    // "mat ong" is asked for the typed query without "box" (its phrase kept whole, then taken apart),
    // never for the reading without "bõ", which would ask it twice more.
    expect(asked.filter((q) => q === 'mat ong')).toHaveLength(2)
    expect(asked).toContain('mat ong bo')
    expect(result.readAs).toBeUndefined()
  })

  it('should add the producer scope to every enquiry search as a server-side filter', async () => {
    await search.searchEnquiries({ q: 'mat ong', locale: 'vi', scope: { producerId: 'pr"1' }, filters: { status: ['new'] } })
    const [request] = fake.writes()
    expect(request!.path).toBe('/indexes/tieu_bieu_enquiries/search')
    expect((request!.body as { filter: string[] }).filter).toEqual(['status IN ["new"]', 'producerId = "pr\\"1"'])
  })
})
