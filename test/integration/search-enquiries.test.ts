/**
 * GET /api/enquiries-search through Payload's own REST handling (a real login, a real JWT): the
 * scope comes from the signed-in user, never from the request. Producer B never sees producer A's
 * enquiries, staff limited to a province see only that province's, and the public sees nothing.
 */
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmbeddedSearch } from '../../src/search/adapters/embedded/create-embedded-search'
import type { EmbeddedSearchPort } from '../../src/search/types'
import { ALL_SOURCE_KINDS } from '../../cms/search/loadSearchDocuments'
import { rebuildSearchIndex } from '../../cms/search/rebuildSearchIndex'
import { useSearchPort } from '../../cms/search/search-port'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { makeWorld, type World } from './helpers/world'

let harness: TestPayload
let payload: Payload
let world: World
let search: EmbeddedSearchPort
const tokens: Record<string, string> = {}

type Answer = { status: number; body: Record<string, any> }

async function get(query: string, who?: string): Promise<Answer> {
  const headers: Record<string, string> = who ? { Authorization: `JWT ${tokens[who]}` } : {}
  const request = new Request(`http://localhost:3000/api/enquiries-search${query}`, { headers })
  const response = await handleEndpoints({ config: payload.config, request })
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

const ids = (answer: Answer) => (answer.body.hits as { sourceId: string }[]).map((hit) => hit.sourceId).sort()

beforeAll(async () => {
  harness = await bootPayload()
  payload = harness.payload
  world = await makeWorld(payload)
  // The world's enquiries carry no province (they were created without their hook): give them theirs.
  for (const [enquiry, province] of [
    [world.enquiryA, world.p1],
    [world.enquiryB, world.p2],
  ] as const) {
    await payload.update({ collection: 'enquiries', id: enquiry.id, overrideAccess: true, context: { seeding: true }, data: { province: province.id } })
  }
  search = createEmbeddedSearch()
  useSearchPort(search)
  await rebuildSearchIndex(payload, search, { kinds: ALL_SOURCE_KINDS })
  for (const [who, email] of [
    ['admin', 'admin@test.local'],
    ['staff', 'staff@test.local'],
    ['staffOther', 'staff-tn@test.local'],
    ['producerA', 'a@test.local'],
    ['producerB', 'b@test.local'],
  ]) {
    const login = await payload.login({ collection: 'users', data: { email: email!, password: 'test-password-1' } })
    tokens[who!] = login.token!
  }
}, 120_000)

afterAll(async () => {
  useSearchPort(undefined)
  await harness?.cleanup()
})

describe('enquiry search endpoint', () => {
  it('should refuse anyone not signed in', async () => {
    const answer = await get('?q=container')
    expect(answer.status).toBe(401)
    expect(answer.body.hits).toBeUndefined()
  })

  it("should show a producer its own enquiries and never another producer's", async () => {
    expect(ids(await get('?q=', 'producerA'))).toEqual([String(world.enquiryA.id)])
    expect(ids(await get('?q=container', 'producerB'))).toEqual([String(world.enquiryB.id)])
    // Producer B searching for producer A's buyer never reaches A's enquiry (its own may still
    // match "Buyer" once unknown words can be left out).
    const probe = await get('?q=Buyer%20for%20A', 'producerB')
    expect(probe.status).toBe(200)
    expect(ids(probe)).not.toContain(String(world.enquiryA.id))
  })

  it('should refuse a scope or producer chosen by the browser', async () => {
    for (const query of [`?q=&producerId=${world.producerA.id}`, '?q=&scope=staff', `?q=&producer=${world.producerA.id}`]) {
      const answer = await get(query, 'producerB')
      expect(answer.status, query).toBe(400)
      expect(answer.body.hits, query).toBeUndefined()
    }
  })

  it('should show national staff and admins every enquiry, with status counts', async () => {
    for (const who of ['staff', 'admin']) {
      const answer = await get('?q=bao%20gia&facets=status', who)
      expect(ids(answer), who).toEqual([String(world.enquiryA.id), String(world.enquiryB.id)].sort())
      expect(answer.body.facets.status, who).toEqual({ new: 2 })
      expect(answer.body.source, who).toBe('index')
    }
  })

  it('should show staff limited to a province only the enquiries of that province', async () => {
    expect(ids(await get('?q=', 'staffOther'))).toEqual([String(world.enquiryB.id)])
    expect(ids(await get('?q=Buyer%20for%20A', 'staffOther'))).not.toContain(String(world.enquiryA.id))
  })

  it('should answer a malformed query with a 400 that says what is wrong', async () => {
    const long = await get(`?q=${'a'.repeat(201)}`, 'staff')
    expect(long.status).toBe(400)
    expect(long.body.issues[0].field).toBe('q')
    expect((await get('?q=%FF', 'staff')).status).toBe(400)
    expect((await get('?kind=product', 'staff')).status).toBe(400)
  })

  it('should not be cached by anyone', async () => {
    const request = new Request('http://localhost:3000/api/enquiries-search?q=', { headers: { Authorization: `JWT ${tokens.staff}` } })
    const response = await handleEndpoints({ config: payload.config, request })
    expect(response.headers.get('cache-control')).toContain('no-store')
  })

  it('should answer from the database, scoped the same way, while the index is not ready', async () => {
    useSearchPort(undefined)
    try {
      const own = await get('?q=', 'producerA')
      expect(own.body.source).toBe('database')
      expect(ids(own)).toEqual([String(world.enquiryA.id)])
      expect(ids(await get('?q=container', 'staffOther'))).toEqual([String(world.enquiryB.id)])
      expect((await get('?q=Buyer', 'producerB')).body.hits.map((hit: { title: string }) => hit.title)).toEqual([expect.stringContaining('Buyer for B')])
    } finally {
      useSearchPort(search)
    }
  })
})
