/**
 * Unbounded anonymous reads and unlimited password guessing (issue 9, finding 12): the CMS answered
 * anonymous `limit=1000&depth=5` as asked. Anonymous and producer requests now get at most 100
 * documents and depth 2 on every collection (staff are not limited); heavy anonymous reads and
 * failed logins (per address and per account) are rate limited with a 429, a message in both
 * languages and Retry-After.
 */
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { makeWorld, type World } from './helpers/world'

let ctx: TestPayload
let world: World
let staffToken = ''
let producerToken = ''

const rest = (pathname: string, init: RequestInit & { token?: string; ip?: string } = {}) => {
  const headers = new Headers(init.headers)
  headers.set('x-forwarded-for', init.ip ?? '203.0.113.10')
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  if (init.body) headers.set('Content-Type', 'application/json')
  return handleEndpoints({ config: ctx.payload.config, request: new Request(`http://localhost:3000/api/${pathname}`, { ...init, headers }) })
}
const login = (email: string, password: string, ip: string) => rest('users/login', { method: 'POST', ip, body: JSON.stringify({ email, password }) })
type Page = { limit: number; docs: Record<string, unknown>[] }

beforeAll(async () => {
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
  const token = async (email: string) => (await ctx.payload.login({ collection: 'users', data: { email, password: 'test-password-1' } })).token ?? ''
  staffToken = await token('staff@test.local')
  producerToken = await token('a@test.local')
})
afterAll(async () => ctx?.cleanup())

describe('read caps', () => {
  it('should give anonymous and producer requests at most 100 documents, with or without pagination', async () => {
    for (const token of [undefined, producerToken]) {
      for (const query of ['limit=1000', 'limit=0', 'pagination=false', 'limit=100000&pagination=false']) {
        const response = await rest(`products?${query}&depth=0`, { token, ip: '203.0.113.20' })
        expect(response.status).toBe(200)
        expect({ query, limit: ((await response.json()) as Page).limit }).toEqual({ query, limit: 100 })
      }
    }
  })

  it('should populate at most two levels for anonymous and producer requests', async () => {
    for (const token of [undefined, producerToken]) {
      const award = (await (await rest(`awards/${world.award.id}?depth=5`, { token, ip: '203.0.113.21' })).json()) as {
        product: { producer: { province: unknown } }
      }
      expect(typeof award.product.producer).toBe('object')
      expect(typeof award.product.producer.province).not.toBe('object')
    }
  })

  it('should leave staff unlimited', async () => {
    const page = (await (await rest('products?limit=1000&depth=0', { token: staffToken })).json()) as Page
    expect(page.limit).toBe(1000)
    const award = (await (await rest(`awards/${world.award.id}?depth=3`, { token: staffToken })).json()) as { product: { producer: { province: unknown } } }
    expect(typeof award.product.producer.province).toBe('object')
  })
})

describe('rate limits', () => {
  it('should answer heavy anonymous reads from one address with 429, Retry-After and both languages', async () => {
    const statuses: number[] = []
    let refused: Response | undefined
    for (let i = 0; i < 40 && !refused; i++) {
      const response = await rest('products?limit=100&depth=2', { ip: '198.51.100.40' })
      statuses.push(response.status)
      if (response.status === 429) refused = response
    }
    expect(refused?.status).toBe(429)
    expect(Number(refused?.headers.get('Retry-After'))).toBeGreaterThan(0)
    const body = JSON.stringify(await refused?.json())
    expect(body).toMatch(/Quá nhiều/)
    expect(body).toMatch(/too many/i)
    // Light reads from the same address, and heavy reads from another, still pass.
    expect((await rest('products?limit=10&depth=0', { ip: '198.51.100.40' })).status).toBe(200)
    expect((await rest('products?limit=100&depth=2', { ip: '198.51.100.41' })).status).toBe(200)
  })

  it('should count one heavy anonymous page once, however many relationships it populates', async () => {
    // 29 pages, each populating producers, groups, provinces and images: within the 30 allowed.
    for (let i = 0; i < 29; i++) expect((await rest('products?limit=100&depth=2', { ip: '198.51.100.50' })).status).toBe(200)
  })

  it('should never refuse a signed-in producer for the reads Payload makes to know who it is', async () => {
    // Each request looks the producer up (with its producer populated) before the request's own read.
    const statuses = new Set<number>()
    for (let i = 0; i < 45; i++) statuses.add((await rest('users/me', { token: producerToken, ip: '198.51.100.60' })).status)
    expect([...statuses]).toEqual([200])
    const me = (await (await rest('users/me', { token: producerToken, ip: '198.51.100.60' })).json()) as { user: { email?: string } | null }
    expect(me.user?.email).toBe('a@test.local')
  })

  it('should stop password guessing against one account, from any address', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) statuses.push((await login('admin@test.local', `guess-${i}`, `192.0.2.${i + 1}`)).status)
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    const refused = await login('admin@test.local', 'test-password-1', '192.0.2.99')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(JSON.stringify(await refused.json())).toMatch(/Quá nhiều.*too many/is)
  })

  it('should stop one address guessing across many accounts', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 40; i++) statuses.push((await login(`nobody-${i}@test.local`, 'guess', '192.0.2.200')).status)
    expect(statuses).toContain(429)
    expect((await login('b@test.local', 'test-password-1', '192.0.2.201')).status).toBe(200)
  })

  it('should not count successful logins', async () => {
    for (let i = 0; i < 25; i++) expect((await login('staff@test.local', 'test-password-1', '192.0.2.150')).status).toBe(200)
  })
})
