/**
 * The search page's data (site/lib/search-page.ts): the engine when it is ready, the database query
 * while it loads or when it fails, and a message instead of an error for a query the port refuses.
 * The engine, the database query and Payload are stand-ins here.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { SearchUnavailableError } from '../../../src/search/errors'
import type { SearchResult } from '../../../src/search/types'

const engine = vi.hoisted(() => ({ ready: true, search: vi.fn() }))
const database = vi.hoisted(() => ({ search: vi.fn() }))
const logged = vi.hoisted(() => ({ error: vi.fn() }))

vi.mock('../../../site/lib/search-engine', () => ({ isSearchReady: () => engine.ready, searchPublic: engine.search }))
vi.mock('../../../site/lib/search', () => ({ searchShowroom: database.search }))
vi.mock('../../../site/lib/payload', () => ({ payload: async () => ({ logger: logged }) }))

const { fromDatabase, fromEngine, loadSearchPage, toSearchQuery } = await import('../../../site/lib/search-page')

const engineResult: SearchResult = {
  hits: [
    {
      kind: 'product',
      id: 'product-1-vi',
      sourceId: '1',
      slug: 'mat-ong',
      url: '/san-pham/mat-ong',
      title: 'Mật ong Tâm An',
      snippet: 'Mật ong hoa cao su',
      score: 9,
      province: 'Thành phố Hồ Chí Minh',
    },
    { kind: 'producer', id: 'producer-2-vi', sourceId: '2', slug: 'tam-an', url: '/thuong-hieu/tam-an', title: 'Tâm An', snippet: '' },
  ],
  facets: { kind: { product: 41, producer: 1 } },
  totalHits: 42,
  page: 1,
  hitsPerPage: 20,
  tookMs: 1.2,
}

const databaseResult = {
  query: 'mat ong',
  hits: [
    { kind: 'producer' as const, sourceId: '2', slug: 'tam-an', url: '/thuong-hieu/tam-an', title: 'Tâm An', snippet: '' },
    { kind: 'product' as const, sourceId: '1', slug: 'mat-ong', url: '/san-pham/mat-ong', title: 'Mật ong Tâm An', snippet: 'Mật ong' },
  ],
  totalHits: 1,
  page: 1,
  pages: 1,
}

const url = (search: string) => new URL(`http://localhost/tim-kiem${search}`)

beforeEach(() => {
  engine.ready = true
  engine.search.mockReset().mockResolvedValue(engineResult)
  database.search.mockReset().mockResolvedValue(databaseResult)
  logged.error.mockReset()
})

describe('toSearchQuery, fromEngine, fromDatabase', () => {
  it('should ask the engine for every public facet, 20 hits a page, with the URL’s filters and sort', () => {
    const query = toSearchQuery({ q: 'mat ong', filters: { province: ['Huế'] }, sort: 'name', page: 2 }, 'en')
    expect(query).toMatchObject({ q: 'mat ong', locale: 'en', filters: { province: ['Huế'] }, sort: 'name', page: 2, hitsPerPage: 20 })
    expect(query.facets).toEqual(['kind', 'productGroup', 'province', 'awardLevel', 'awardYear', 'certification'])
  })

  it('should map the engine’s hits, facets and pages', () => {
    const answer = fromEngine(engineResult)
    expect(answer.hits.map((h) => [h.kind, h.title])).toEqual([
      ['product', 'Mật ong Tâm An'],
      ['producer', 'Tâm An'],
    ])
    expect(answer.hits[0]).not.toHaveProperty('score')
    expect(answer).toMatchObject({ totalHits: 42, page: 1, pages: 3, facets: engineResult.facets })
  })

  it('should count the database’s brands and fairs with its products, and have no facets', () => {
    expect(fromDatabase(databaseResult)).toMatchObject({ totalHits: 2, pages: 1, facets: {} })
  })
})

describe('loadSearchPage', () => {
  it('should answer from the engine when it is ready', async () => {
    const data = await loadSearchPage(url('?q=mat+ong&kind=product&sort=newestAward'), 'vi')
    expect(data.source).toBe('engine')
    expect(engine.search).toHaveBeenCalledWith(expect.objectContaining({ q: 'mat ong', filters: { kind: ['product'] }, sort: 'newestAward' }))
    expect(database.search).not.toHaveBeenCalled()
    expect(data.answer?.totalHits).toBe(42)
  })

  it('should answer from the database while the engine is loading', async () => {
    engine.ready = false
    const data = await loadSearchPage(url('?q=mat+ong&page=2'), 'vi')
    expect(data.source).toBe('database')
    expect(engine.search).not.toHaveBeenCalled()
    expect(database.search).toHaveBeenCalledWith('mat ong', 'vi', 2)
    expect(data.answer?.hits.map((h) => h.title)).toEqual(['Tâm An', 'Mật ong Tâm An'])
  })

  it('should answer from the database, and log, when the engine fails', async () => {
    engine.search.mockRejectedValue(new SearchUnavailableError('meilisearch timed out'))
    const data = await loadSearchPage(url('?q=mat+ong'), 'en')
    expect(data.source).toBe('database')
    expect(database.search).toHaveBeenCalledWith('mat ong', 'en', 1)
    await vi.waitFor(() => expect(logged.error).toHaveBeenCalled())
  })

  it('should turn an over-long or broken query into a message, asking no one', async () => {
    const long = await loadSearchPage(url(`?q=${'a'.repeat(201)}`), 'vi')
    expect(long).toMatchObject({ problem: 'tooLong', answer: null })
    const broken = await loadSearchPage(url('?q=%FF%FE'), 'vi')
    expect(broken).toMatchObject({ problem: 'invalid', answer: null })
    const badLevel = await loadSearchPage(url('?q=x&awardLevel=galactic'), 'vi')
    expect(badLevel.problem).toBe('invalid')
    expect(engine.search).not.toHaveBeenCalled()
    expect(database.search).not.toHaveBeenCalled()
  })

  it('should search for nothing on an empty page, and for filters alone only in the engine', async () => {
    expect(await loadSearchPage(url(''), 'vi')).toMatchObject({ source: 'none', answer: null })
    engine.ready = false
    const filtersOnly = await loadSearchPage(url('?awardLevel=national'), 'vi')
    expect(filtersOnly).toMatchObject({ source: 'database', answer: { totalHits: 0 } })
    expect(database.search).not.toHaveBeenCalled()
  })
})
