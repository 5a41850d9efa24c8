import { once } from 'node:events'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A stand-in for Meilisearch on 127.0.0.1 that records every request and answers the way the
 * documented API does: writes return an enqueued task summary (202), GET /tasks/{uid} returns the
 * finished task, searches return hits with pagination and facet counts.
 * (meilisearch.com/docs/reference/api: settings, documents, search, multi-search, tasks)
 */
export interface Recorded {
  readonly method: string
  readonly path: string
  readonly query: URLSearchParams
  readonly body: unknown
  readonly authorization: string | undefined
}

export const PRODUCT_HIT = {
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

export class FakeMeilisearch {
  readonly requests: Recorded[] = []
  /** Task uid → how the task should end; default succeeded. */
  readonly failures = new Map<number, { code: string; message: string }>()
  /** Which folded queries find something (all, by default). */
  matches: (q: string) => boolean = () => true
  /** How many documents a counting probe finds for a query that matches (three, by default). */
  probeCount: (q: string) => number = () => 3
  /** Whether a federated search's hit came from the accent-exact query (the second) or only the folded one. */
  accentExact = true
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

  /** Forget what the last test recorded and asked for: every test starts from a server that answers everything. */
  reset(): void {
    this.requests.length = 0
    this.failures.clear()
    this.failNext = null
    this.matches = () => true
    this.probeCount = () => 3
    this.accentExact = true
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
          estimatedTotalHits: this.matches(q) ? this.probeCount(q) : 0,
        })),
      })
    }
    if (request.method === 'POST' && url.pathname === '/multi-search') {
      const found = this.matches((request.body as { queries: { q: string }[] }).queries[0]!.q)
      return this.send(res, 200, {
        hits: found
          ? [{ ...PRODUCT_HIT, _federation: { indexUid: 'tieu_bieu_public_vi', queriesPosition: this.accentExact ? 1 : 0, weightedRankingScore: 1.4 } }]
          : [],
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
