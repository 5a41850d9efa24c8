import { beforeAll, describe, expect, it } from 'vitest'
import { createEmbeddedSearch } from '../../../src/search/adapters/embedded/create-embedded-search'
import { SearchUnavailableError } from '../../../src/search/errors'
import { handleSearchRequest, SEARCH_CACHE_CONTROL, type SearchRequestDeps } from '../../../src/search/http/handle-search-request'
import { mapProduct } from '../../../src/search/mappers/index'

const search = createEmbeddedSearch()
const deps: SearchRequestDeps = { search: (query) => search.search(query), ready: () => true }
const call = async (query: string, override: Partial<SearchRequestDeps> = {}) => {
  const response = await handleSearchRequest(new URL(`http://localhost/api/search${query}`), { ...deps, ...override })
  return { response, body: (await response.json()) as Record<string, any> }
}

beforeAll(async () => {
  await search.upsert([
    ...mapProduct({
      id: 1,
      slug: 'de-say-gion',
      name: { vi: 'Dế sấy giòn Củ Chi', en: 'Crunchy dried crickets' },
      province: { name: 'Thành phố Hồ Chí Minh', formerNames: ['Bình Dương'] },
      _status: 'published',
    }),
    ...mapProduct({ id: 2, slug: 'thit-de', name: { vi: 'Thịt dê hun khói', en: 'Smoked goat' }, province: 'Khánh Hòa', _status: 'published' }),
  ])
})

describe('GET /api/search', () => {
  it('should pass on how the engine read the query, and nothing when it read it as typed', async () => {
    const reading = { ignoredWords: ['xuat'], approximate: true, suggestion: 'dê', readAs: 'dế' }
    const engine = async () => ({ hits: [], facets: {}, totalHits: 0, page: 1, hitsPerPage: 20, tookMs: 1, ...reading })
    expect((await call('?q=dees+xuat', { search: engine })).body).toMatchObject(reading)
    const plain = (await call('?q=de')).body
    for (const key of Object.keys(reading)) expect(plain).not.toHaveProperty(key)
  })

  it('should answer JSON hits with facets, totals and a short shared cache', async () => {
    const { response, body } = await call('?q=de&locale=vi')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/json')
    expect(response.headers.get('cache-control')).toBe(SEARCH_CACHE_CONTROL)
    expect(body.totalHits).toBe(2)
    expect(body.hits[0]).toMatchObject({
      kind: 'product',
      id: expect.any(String),
      sourceId: expect.any(String),
      slug: expect.any(String),
      url: expect.stringContaining('/san-pham/'),
      title: expect.any(String),
      snippet: expect.any(String),
    })
    expect(body.hits[0].score).toBeUndefined()
    expect(body.facets.province).toEqual({ 'Thành phố Hồ Chí Minh': 1, 'Khánh Hòa': 1 })
    expect(typeof body.tookMs).toBe('number')
  })

  it('should rank the accent-exact match first', async () => {
    expect((await call('?q=d%E1%BA%BF')).body.hits[0].title).toBe('Dế sấy giòn Củ Chi')
    expect((await call('?q=d%C3%AA')).body.hits[0].title).toBe('Thịt dê hun khói')
  })

  it('should filter by facet values and page', async () => {
    const { body } = await call('?q=&province=B%C3%ACnh%20D%C6%B0%C6%A1ng&facets=kind')
    expect(body.hits.map((hit: { sourceId: string }) => hit.sourceId)).toEqual(['1'])
    expect(Object.keys(body.facets)).toEqual(['kind'])
    expect((await call('?q=smoked&locale=en&page=2&hitsPerPage=1')).body).toMatchObject({ page: 2, hitsPerPage: 1, hits: [] })
  })

  it('should answer 400 with what is wrong for bad input', async () => {
    for (const [query, field] of [
      [`?q=${'a'.repeat(201)}`, 'q'],
      ['?q=%C3%28', 'q'],
      ['?q=%ED%A0%80', 'q'],
      ['?q=x&color=red', 'color'],
      ['?q=x&status=new', 'filters.status'],
      ['?q=x&awardLevel=galactic', 'filters.awardLevel'],
      ['?q=x&locale=fr', 'locale'],
      ['?q=x&page=0', 'page'],
      ['?q=x&q=y', 'q'],
    ] as const) {
      const { response, body } = await call(query)
      expect(response.status, query).toBe(400)
      expect(body.error, query).toBe('search_query_invalid')
      expect(
        body.issues.map((issue: { field: string }) => issue.field),
        query,
      ).toContain(field)
    }
  })

  it('should answer 503 with Retry-After while the index loads or the engine is down', async () => {
    const warming = await call('?q=de', { ready: () => false })
    expect(warming.response.status).toBe(503)
    expect(warming.response.headers.get('retry-after')).toBe('2')
    expect(warming.response.headers.get('cache-control')).toBe('no-store')
    const down = await call('?q=de', {
      search: async () => {
        throw new SearchUnavailableError('down')
      },
    })
    expect(down.response.status).toBe(503)
    expect(down.body.error).toBe('search_unavailable')
  })
})
