import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { pingMeilisearch } from '../../../src/health/ping-meilisearch'
import { checkReadiness, readinessResponse } from '../../../src/health/readiness'

const ok = async () => ({ status: 'ok' as const })

describe('readiness', () => {
  it('should be ready when the database and the search engine answer', async () => {
    const report = await checkReadiness('site', { database: ok, search: ok, searchEngine: 'embedded' })
    expect(report.status).toBe('ready')
    expect(readinessResponse(report).status).toBe(200)
  })

  it('should be degraded, still serving, when the search engine fails, and say why', async () => {
    const report = await checkReadiness('site', {
      database: ok,
      search: async () => ({ status: 'failed', reason: 'Meilisearch at http://x refuses connections (is it stopped?)' }),
      searchEngine: 'meilisearch',
    })
    expect(report.status).toBe('degraded')
    expect(report.checks.search).toMatchObject({ status: 'failed', reason: expect.stringMatching(/is it stopped/), engine: 'meilisearch' })
    expect(readinessResponse(report).status).toBe(200)
  })

  it('should be unavailable (503) when the database fails or hangs', async () => {
    const thrown = await checkReadiness('admin', { database: () => Promise.reject(new Error('SQLITE_CANTOPEN')), search: ok, searchEngine: 'embedded' })
    expect(thrown.status).toBe('unavailable')
    expect(thrown.checks.database).toMatchObject({ status: 'failed', reason: 'SQLITE_CANTOPEN' })
    expect(readinessResponse(thrown).status).toBe(503)
    const hung = await checkReadiness('admin', { database: () => new Promise(() => {}), search: ok, searchEngine: 'embedded' }, 50)
    expect(hung.checks.database).toMatchObject({ status: 'failed', reason: 'no answer within 50 ms' })
  })
})

describe('the Meilisearch probe', () => {
  let server: Server | undefined
  afterEach(() => server?.close())

  const serve = (status: number, body: unknown) =>
    new Promise<string>((resolve) => {
      const created = createServer((_req, res) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)))
      server = created
      created.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(created.address() as AddressInfo).port}`))
    })

  it('should find a running engine available, and a stopped one refusing connections', async () => {
    const url = await serve(200, { status: 'available' })
    expect(await pingMeilisearch(url)).toMatchObject({ status: 'ok' })
    await new Promise((resolve) => server?.close(resolve))
    server = undefined
    expect(await pingMeilisearch(url)).toEqual({ status: 'failed', reason: expect.stringMatching(/refuses connections \(is it stopped\?\)/) })
  })

  it('should report an engine that answers but is not available', async () => {
    const url = await serve(503, { status: 'unavailable' })
    expect(await pingMeilisearch(url)).toEqual({ status: 'failed', reason: expect.stringMatching(/answered 503 unavailable/) })
  })
})
