import { once } from 'node:events'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMeilisearchSearch } from '../../../src/search/adapters/meilisearch/create-meilisearch-search'
import { SearchIndexError, SearchUnavailableError } from '../../../src/search/errors'
import { mapEnquiry, mapProduct } from '../../../src/search/mappers/index'
import type { SearchPort } from '../../../src/search/types'

/**
 * A stand-in for Meilisearch on 127.0.0.1 that records every request and answers the way the
 * documented API does: writes return an enqueued task summary (202), GET /tasks/{uid} returns the
 * finished task, searches return hits with pagination and facet counts.
 * (meilisearch.com/docs/reference/api: settings, documents, search, multi-search, tasks)
 */
interface Recorded {
  readonly method: string
  readonly path: string
  readonly query: URLSearchParams
  readonly body: unknown
  readonly authorization: string | undefined
}

const PRODUCT_HIT = {
  id: 'product-1-vi',
  kind: 'product',
  sourceId: '1',
  slug: 'mat-ong',
  url: '/vi/products/mat-ong',
  title: 'Mật ong rừng',
  summary: 'Thu hoạch ở rừng tràm, mật ong nguyên chất.',
  province: 'Cà Mau',
  newestAwardYear: 2023,
}

class FakeMeilisearch {
  readonly requests: Recorded[] = []
  /** Task uid → how the task should end; default succeeded. */
  readonly failures = new Map<number, { code: string; message: string }>()
  /** Which folded queries find something (all, by default). */
  matches: (q: string) => boolean = () => true
  /** Make the next enqueued task fail with this error. */
  failNext: { code: string; message: string } | null = null
  private nextTask = 0
  private readonly tasks = new Map<number, { indexUid: string | null; type: string }>()
  private server: Server | null = null

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res))
    this.server.listen(0, '127.0.0.1')
    await once(this.server, 'listening')
    const { port } = this.server.address() as AddressInfo
    return `http://127.0.0.1:${port}`
  }

  async stop(): Promise<void> {
    if (!this.server) return
    this.server.close()
    await once(this.server, 'close')
  }

  /** Requests other than task polling, which the client repeats as it pleases. */
  writes(): Recorded[] {
    return this.requests.filter((request) => !request.path.startsWith('/tasks/'))
  }

  private enqueue(res: ServerResponse, indexUid: string | null, type: string): void {
    const taskUid = this.nextTask++
    this.tasks.set(taskUid, { indexUid, type })
    if (this.failNext) this.failures.set(taskUid, this.failNext)
    this.failNext = null
    this.send(res, 202, { taskUid, indexUid, status: 'enqueued', type, enqueuedAt: new Date().toISOString() })
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', 'http://fake')
    const request: Recorded = {
      method: req.method ?? '',
      path: url.pathname,
      query: url.searchParams,
      body: text ? JSON.parse(text) : undefined,
      authorization: req.headers.authorization,
    }
    this.requests.push(request)
    const parts = url.pathname.split('/').filter(Boolean)

    if (request.method === 'GET' && parts[0] === 'tasks') {
      const uid = Number(parts[1])
      const task = this.tasks.get(uid)
      if (!task) return this.send(res, 404, { message: `Task \`${uid}\` not found.`, code: 'task_not_found', type: 'invalid_request', link: '' })
      const failure = this.failures.get(uid)
      return this.send(res, 200, {
        uid,
        batchUid: uid,
        indexUid: task.indexUid,
        status: failure ? 'failed' : 'succeeded',
        type: task.type,
        canceledBy: null,
        details: {},
        error: failure ? { ...failure, type: 'invalid_request', link: 'https://docs.meilisearch.com/errors' } : null,
        duration: 'PT0.001S',
        enqueuedAt: new Date().toISOString(),
        startedAt: new Date().toISOString(),
        finishedAt: new Date().toISOString(),
      })
    }
    if (request.method === 'POST' && url.pathname === '/indexes') return this.enqueue(res, (request.body as { uid: string }).uid, 'indexCreation')
    if (request.method === 'PATCH' && parts[2] === 'settings') return this.enqueue(res, parts[1]!, 'settingsUpdate')
    if (request.method === 'POST' && parts[2] === 'documents' && parts.length === 3) return this.enqueue(res, parts[1]!, 'documentAdditionOrUpdate')
    if (request.method === 'DELETE' && parts[2] === 'documents') return this.enqueue(res, parts[1]!, 'documentDeletion')
    if (request.method === 'POST' && parts[3] === 'delete-batch') return this.enqueue(res, parts[1]!, 'documentDeletion')
    if (request.method === 'POST' && parts[2] === 'search') {
      if (parts[1]!.startsWith('missing_')) {
        return this.send(res, 404, { message: `Index \`${parts[1]}\` not found.`, code: 'index_not_found', type: 'invalid_request', link: '' })
      }
      const found = this.matches((request.body as { q: string }).q)
      return this.send(res, 200, {
        hits: found ? [{ ...PRODUCT_HIT, _rankingScore: 0.93 }] : [],
        query: (request.body as { q: string }).q,
        processingTimeMs: 1,
        hitsPerPage: 20,
        page: 1,
        totalPages: 1,
        totalHits: found ? 1 : 0,
        facetDistribution: { province: { 'Cà Mau': 1 }, awardLevel: { national: 1 } },
      })
    }
    if (request.method === 'POST' && url.pathname === '/multi-search' && !(request.body as { federation?: unknown }).federation) {
      const { queries } = request.body as { queries: { indexUid: string; q: string }[] }
      return this.send(res, 200, {
        results: queries.map(({ indexUid, q }) => ({
          indexUid,
          hits: [],
          query: q,
          processingTimeMs: 1,
          limit: 0,
          offset: 0,
          estimatedTotalHits: this.matches(q) ? 3 : 0,
        })),
      })
    }
    if (request.method === 'POST' && url.pathname === '/multi-search') {
      const found = this.matches((request.body as { queries: { q: string }[] }).queries[0]!.q)
      return this.send(res, 200, {
        hits: found ? [{ ...PRODUCT_HIT, _federation: { indexUid: 'tieu_bieu_public_vi', queriesPosition: 1, weightedRankingScore: 1.4 } }] : [],
        processingTimeMs: 1,
        hitsPerPage: 20,
        page: 1,
        totalPages: 1,
        totalHits: found ? 1 : 0,
        facetsByIndex: { tieu_bieu_public_vi: { distribution: { province: { 'Cà Mau': 1 } }, stats: {} } },
      })
    }
    this.send(res, 404, { message: 'unknown route', code: 'not_found', type: 'invalid_request', link: '' })
  }
}

describe('Meilisearch adapter requests', () => {
  const fake = new FakeMeilisearch()
  let search: SearchPort
  let baseUrl: string

  beforeAll(async () => {
    baseUrl = await fake.start()
    search = createMeilisearchSearch({ url: baseUrl, apiKey: 'master-key', taskIntervalMs: 1, taskTimeoutMs: 2_000 })
  })
  afterAll(() => fake.stop())
  afterEach(() => {
    fake.requests.length = 0
    fake.failures.clear()
    fake.failNext = null
    fake.matches = () => true
  })

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
    expect(vi.typoTolerance).toMatchObject({ enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnAttributes: ['marked'] })
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

  it('should add the producer scope to every enquiry search as a server-side filter', async () => {
    await search.searchEnquiries({ q: 'mat ong', locale: 'vi', scope: { producerId: 'pr"1' }, filters: { status: ['new'] } })
    const [request] = fake.writes()
    expect(request!.path).toBe('/indexes/tieu_bieu_enquiries/search')
    expect((request!.body as { filter: string[] }).filter).toEqual(['status IN ["new"]', 'producerId = "pr\\"1"'])
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
