/**
 * Running it for real, seen from outside: health and readiness of both processes, the security
 * headers, the pages working under their Content-Security-Policy, a stopped search engine reported
 * as degraded, and two site processes sharing one rate limit through Redis (also behind a proxy).
 */
import { randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test } from '@playwright/test'
import { redisSkipReason, startTestRedis } from '../helpers/redis-server'
import { E2E } from './helpers'
import { type SiteProcess, startSiteProcess } from './site-processes'

test.describe('health', () => {
  for (const [name, base] of [
    ['site', E2E.site],
    ['admin', E2E.cms],
  ] as const) {
    test(`the ${name} answers /healthz and /readyz as JSON`, async ({ request }) => {
      const alive = await request.get(`${base}/healthz`)
      expect(alive.status()).toBe(200)
      expect(await alive.json()).toMatchObject({ status: 'alive', service: name })
      const ready = await request.get(`${base}/readyz`)
      expect(ready.headers()['cache-control']).toBe('no-store')
      const report = await ready.json()
      expect(report.checks.database).toMatchObject({ status: 'ok' })
      expect(report.checks.search.engine).toBe('embedded')
      expect(['ready', 'degraded']).toContain(report.status)
    })
  }
})

test.describe('security headers', () => {
  test('a public page: CSP allowing only its own inline scripts, no framing, no HSTS over http', async ({ request }) => {
    const response = await request.get(`${E2E.site}/tim-kiem?q=mat+ong`)
    const headers = response.headers()
    expect(headers['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/)
    expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': expect.stringContaining('camera=()'),
      'x-request-id': expect.stringMatching(/^[0-9a-f-]{36}$/),
    })
    expect(headers['strict-transport-security']).toBeUndefined()
  })

  test('the admin: a fresh CSP nonce per request, and the same static headers', async ({ request }) => {
    const policies = []
    for (let i = 0; i < 2; i++) {
      const response = await request.get(`${E2E.cms}/admin/login`)
      const headers = response.headers()
      expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'strict-origin-when-cross-origin' })
      policies.push(headers['content-security-policy'])
    }
    expect(policies[0]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/)
    expect(policies[0]).not.toBe(policies[1])
    const api = await request.get(`${E2E.cms}/api/products?limit=1`, { headers: { 'x-request-id': 'probe-from-proxy-0001' } })
    expect(api.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(api.headers()['x-request-id']).toBe('probe-from-proxy-0001')
  })

  test('pages and the admin run under their policies without a refusal', async ({ page }) => {
    const refusals: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text())
    })
    await page.goto('/tim-kiem?q=mat')
    await page.getByRole('searchbox').fill('mật ong')
    // The search island (an Astro island: inline bootstrap script, allowed by hash) answers as you type.
    await expect(page.getByRole('link', { name: /Mật ong/ }).first()).toBeVisible()
    await page.goto(`${E2E.cms}/admin/login`)
    await expect(page.locator('input[name=email]')).toBeVisible()
    expect(refusals).toEqual([])
  })
})

test.describe('a stopped search engine', () => {
  let fake: Server | undefined
  let site: SiteProcess | undefined
  test.afterAll(async () => {
    await site?.stop()
    fake?.close()
  })

  test('is reported by /readyz as degraded, with the reason, while the site keeps serving', async ({ request }) => {
    test.setTimeout(120_000)
    // A stand-in for Meilisearch's health route, then stopped.
    const meili = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"available"}'))
    fake = meili
    await new Promise<void>((resolve) => meili.listen(0, '127.0.0.1', resolve))
    const meiliUrl = `http://127.0.0.1:${(meili.address() as AddressInfo).port}`
    site = await startSiteProcess({ MEILI_URL: meiliUrl, MEILI_MASTER_KEY: 'k'.repeat(32) })
    const up = await (await request.get(`${site.url}/readyz`)).json()
    expect(up).toMatchObject({ status: 'ready', checks: { search: { status: 'ok', engine: 'meilisearch' } } })

    await new Promise((resolve) => meili.close(resolve))
    const down = await request.get(`${site.url}/readyz`)
    expect(down.status()).toBe(200)
    expect(await down.json()).toMatchObject({
      status: 'degraded',
      checks: {
        database: { status: 'ok' },
        search: { status: 'failed', engine: 'meilisearch', reason: expect.stringMatching(/refuses connections \(is it stopped\?\)/) },
      },
    })
    // Pages still answer (from the database).
    expect((await request.get(`${site.url}/san-pham`)).status()).toBe(200)
  })
})

test.describe('several site processes', () => {
  const sites: SiteProcess[] = []
  let stopRedis: (() => Promise<void>) | undefined
  test.afterAll(async () => {
    await Promise.all(sites.map((site) => site.stop()))
    await stopRedis?.()
  })

  test('share one rate limit and one idempotency through Redis, per client behind a trusted proxy', async ({ request }) => {
    test.setTimeout(180_000)
    const redis = await startTestRedis()
    test.skip(!redis, redisSkipReason)
    if (!redis) return
    stopRedis = redis.stop
    const shared = { REDIS_URL: redis.url, ENQUIRY_LIMIT_PER_IP: '3', TRUSTED_PROXIES: 'loopback' }
    sites.push(await startSiteProcess(shared), await startSiteProcess(shared))
    const [a, b] = sites as [SiteProcess, SiteProcess]
    const product = (await (await request.get(`${E2E.cms}/api/products?limit=1&depth=0`)).json()).docs[0].id
    const enquiry = (overrides: Record<string, unknown> = {}) => ({
      product: String(product),
      name: 'Nguyễn Thị Mai',
      company: 'Công ty TNHH Sông Hồng',
      buyerType: 'distributor',
      country: 'Việt Nam',
      email: `mai.${randomUUID().slice(0, 8)}@songhong.example`,
      message: 'Xin báo giá 500 hũ mật ong 500 g, giao tại Hà Nội.',
      language: 'vi',
      consent: true,
      idempotencyKey: randomUUID(),
      ...overrides,
    })
    // Client addresses of this run only (the Redis may be shared with earlier runs): documentation IPv6 range.
    const address = () => `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`
    const [one, two, three] = [address(), address(), address()]
    // One client (as the proxy reports it), alternating between the two processes: 3 allowed in all, not 3 each.
    const client = { 'x-forwarded-for': one }
    const statuses = []
    for (const site of [a, b, a, b]) statuses.push((await request.post(`${site.url}/api/enquiries`, { data: enquiry(), headers: client })).status())
    expect(statuses).toEqual([201, 201, 201, 429])
    // Another buyer behind the same proxy has their own count; a made-up hop before the proxy's changes nothing.
    expect((await request.post(`${b.url}/api/enquiries`, { data: enquiry(), headers: { 'x-forwarded-for': two } })).status()).toBe(201)
    expect((await request.post(`${a.url}/api/enquiries`, { data: enquiry(), headers: { 'x-forwarded-for': `1.1.1.1, ${one}` } })).status()).toBe(429)

    // The same submission sent to both processes at once is stored once.
    const same = enquiry()
    const other = { 'x-forwarded-for': three }
    const [first, second] = await Promise.all([
      request.post(`${a.url}/api/enquiries`, { data: same, headers: other }),
      request.post(`${b.url}/api/enquiries`, { data: same, headers: other }),
    ])
    expect([first.status(), second.status()]).toEqual([201, 201])
    // One of them stored it; the other found it stored and answered with it.
    expect([first.headers()['idempotent-replayed'], second.headers()['idempotent-replayed']].filter(Boolean)).toEqual(['true'])
    const references = [(await first.json()).reference, (await second.json()).reference]
    expect(references[0]).toMatch(/\S/)
    expect(references[1]).toBe(references[0])
  })
})
