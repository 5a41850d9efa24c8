/**
 * The producer's inbox and who may see what: producer B never sees producer A's enquiries, through
 * any Local API call or the REST API; producers mark answered or closed; staff mark spam, follow
 * up and reassign; the admin's "new" count and the response statistics use the same rules.
 */
import path from 'node:path'
import type { CollectionSlug } from 'payload'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleEnquiryRequest, jsonResponse } from '../../cms/enquiries/handle-enquiry-request'
import { responseStats } from '../../src/enquiries/response-stats'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { enquiryBody, postRequest, readMails, runAllJobs, testDeps } from './helpers/enquiries'
import { makeWorld, userFor, type Actor, type World } from './helpers/world'

let ctx: TestPayload
let world: World
let ofA: number | string
let ofB: number | string

const submit = async (body: Record<string, unknown>) => {
  const response = jsonResponse((await handleEnquiryRequest(postRequest(body), '198.51.100.1', testDeps(ctx.payload))).outcome)
  return (await response.json()) as { id: number | string; reference: string }
}
const as = async (actor: Actor) => ({ overrideAccess: false, user: await userFor(ctx.payload, world, actor) }) as const
const refused = async (run: () => Promise<unknown>) => {
  try {
    await run()
    return false
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) return true
    throw error
  }
}

beforeAll(async () => {
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
  ofA = (await submit(enquiryBody({ product: world.productA.id }, { phone: '+84 912 345 678' }))).id
  ofB = (await submit(enquiryBody({ product: world.productB.id }))).id
})
afterAll(async () => ctx?.cleanup())

describe("producer B and producer A's enquiries", () => {
  it('should not list, count or find them', async () => {
    const b = await as('producerB')
    const list = await ctx.payload.find({ collection: 'enquiries', ...b, limit: 500, depth: 0 })
    expect(list.docs.map((d) => d.id)).toContain(ofB)
    expect(list.docs.map((d) => d.id)).not.toContain(ofA)
    const searched = await ctx.payload.find({
      collection: 'enquiries',
      ...b,
      where: { or: [{ id: { equals: ofA } }, { producer: { equals: world.producerA.id } }] },
    })
    expect(searched.totalDocs).toBe(0)
    expect((await ctx.payload.count({ collection: 'enquiries', ...b, where: { producer: { equals: world.producerA.id } } })).totalDocs).toBe(0)
    expect(await refused(() => ctx.payload.findByID({ collection: 'enquiries', id: ofA, ...b }))).toBe(true)
  })

  it('should not change, delete or steal them', async () => {
    const b = await as('producerB')
    expect(await refused(() => ctx.payload.update({ collection: 'enquiries', id: ofA, ...b, data: { status: 'closed' } }))).toBe(true)
    const bulk = await ctx.payload.update({ collection: 'enquiries', ...b, where: { id: { equals: ofA } }, data: { status: 'closed' } })
    expect(bulk.docs).toHaveLength(0)
    expect(await refused(() => ctx.payload.delete({ collection: 'enquiries', id: ofA, ...b }))).toBe(true)
    // Reassigning to itself is a staff field: ignored for a producer.
    const own = await ctx.payload.update({ collection: 'enquiries', id: ofB, ...b, data: { producer: world.producerA.id }, depth: 0 })
    expect(own.producer).toBe(world.producerB.id)
    const stored = await ctx.payload.findByID({ collection: 'enquiries', id: ofA, overrideAccess: true })
    expect(stored.status).toBe('new')
  })

  it('should not reach them through the REST API either', async () => {
    const login = await ctx.payload.login({ collection: 'users', data: { email: 'b@test.local', password: 'test-password-1' } })
    const rest = async (pathname: string) => {
      const request = new Request(`http://localhost:3000/api/${pathname}`, { headers: { Authorization: `JWT ${login.token}` } })
      return handleEndpoints({ config: ctx.payload.config, request })
    }
    const list = await rest('enquiries?limit=500&depth=0')
    expect(list.status).toBe(200)
    const ids = ((await list.json()) as { docs: { id: number }[] }).docs.map((d) => d.id)
    expect(ids).toContain(ofB)
    expect(ids).not.toContain(ofA)
    expect((await rest(`enquiries/${ofA}`)).status).toBeGreaterThanOrEqual(403)
    const anonymous = await handleEndpoints({ config: ctx.payload.config, request: new Request('http://localhost:3000/api/enquiries') })
    expect(anonymous.status).toBe(403)
  })
})

describe('what a producer may do with its own', () => {
  it('should answer with a reply (stamping the time) or close, but not mark spam, and not touch what the buyer wrote', async () => {
    const a = await as('producerA')
    const answered = await ctx.payload.update({
      collection: 'enquiries',
      id: ofA,
      ...a,
      data: { reply: 'Đã nhận, sẽ báo giá.', message: 'changed', name: 'changed' },
    })
    expect(answered.status).toBe('answered')
    expect(answered.answeredAt).toBeTruthy()
    expect(answered.message).not.toBe('changed')
    expect(answered.name).toBe('Nguyễn Thị Mai')
    const refusal = await ctx.payload.update({ collection: 'enquiries', id: ofA, ...a, data: { status: 'spam' } }).catch((error: unknown) => error)
    expect(JSON.stringify((refusal as { data?: unknown }).data)).toMatch(/answered or closed/)
    expect((await ctx.payload.update({ collection: 'enquiries', id: ofA, ...a, data: { status: 'closed' } })).status).toBe('closed')
  })

  it('should never show a producer the staff notes', async () => {
    await ctx.payload.update({ collection: 'enquiries', id: ofB, overrideAccess: true, data: { staffNotes: 'Người mua này từng bỏ đơn' } })
    const seen = await ctx.payload.findByID({ collection: 'enquiries', id: ofB, ...(await as('producerB')) })
    expect(seen.staffNotes).toBeUndefined()
    expect(seen).not.toHaveProperty('idempotencyKey')
  })
})

describe('staff', () => {
  it('should see every enquiry (national staff) or those of their provinces, and mark spam', async () => {
    const all = await ctx.payload.find({ collection: 'enquiries', ...(await as('staff')), limit: 500, depth: 0 })
    expect(all.docs.map((d) => d.id)).toEqual(expect.arrayContaining([ofA, ofB]))
    const scoped = await ctx.payload.find({ collection: 'enquiries', ...(await as('staffOther')), limit: 500, depth: 0 })
    expect(scoped.docs.map((d) => d.id)).toContain(ofB)
    expect(scoped.docs.map((d) => d.id)).not.toContain(ofA)
    const spam = (await submit(enquiryBody({ product: world.productB.id }, { message: 'Buy cheap followers now!!!' }))).id
    expect((await ctx.payload.update({ collection: 'enquiries', id: spam, ...(await as('staffOther')), data: { status: 'spam' } })).status).toBe('spam')
  })

  it('should reassign an enquiry: the new producer is told, and gets a fresh deadline', async () => {
    const otherB = await ctx.payload.create({
      collection: 'producers',
      overrideAccess: true,
      context: { seeding: true },
      data: {
        brandName: 'Bánh tráng Trảng Bàng',
        legalName: 'HTX Trảng Bàng',
        kind: 'cooperative',
        province: world.p2.id,
        contacts: { email: 'banhtrang@example.vn' },
        _status: 'published',
      } as never,
    })
    const id = (await submit(enquiryBody({ product: world.productB.id }))).id
    await runAllJobs(ctx.payload)
    const before = await ctx.payload.findByID({ collection: 'enquiries', id, overrideAccess: true })
    await ctx.payload.update({ collection: 'enquiries', id, overrideAccess: true, data: { dueAt: '2020-01-01T00:00:00.000Z' } })
    const moved = await ctx.payload.update({ collection: 'enquiries', id, ...(await as('staffOther')), data: { producer: otherB.id }, depth: 0 })
    expect(moved.producer).toBe(otherB.id)
    expect(new Date(moved.dueAt as string).getTime()).toBeGreaterThan(Date.now())
    expect(moved.notifiedAt).toBeFalsy()
    await runAllJobs(ctx.payload)
    const mails = readMails(path.join(ctx.dir, 'mail')).filter((m) => m.subject.includes(String(before.reference)))
    expect(mails.filter((m) => m.to.includes('banhtrang@example.vn'))).toHaveLength(1)
    // The buyer is not sent a second copy for a reassignment.
    expect(mails.filter((m) => m.to.includes(String(before.email)))).toHaveLength(1)
  })
})

describe("the admin's numbers", () => {
  it('should count new enquiries per signed-in user with their own access rules', async () => {
    const count = async (actor: Actor) =>
      (await ctx.payload.count({ collection: 'enquiries' as CollectionSlug, where: { status: { equals: 'new' } }, ...(await as(actor)) })).totalDocs
    const all = (await ctx.payload.count({ collection: 'enquiries', where: { status: { equals: 'new' } }, overrideAccess: true })).totalDocs
    const a = (
      await ctx.payload.count({
        collection: 'enquiries',
        where: { and: [{ status: { equals: 'new' } }, { producer: { equals: world.producerA.id } }] },
        overrideAccess: true,
      })
    ).totalDocs
    expect(await count('staff')).toBe(all)
    expect(await count('producerA')).toBe(a)
    expect(await count('producerB')).toBeLessThan(all)
  })

  it("should compute each producer's response rate and median response time from stored enquiries", async () => {
    const { docs } = await ctx.payload.find({ collection: 'enquiries', overrideAccess: true, pagination: false, depth: 0, limit: 0 })
    const stats = responseStats(docs as never, new Date())
    const a = stats.find((s) => s.producerId === String(world.producerA.id))
    expect(a?.answered).toBe(1)
    expect(a?.medianResponseHours).toBeGreaterThanOrEqual(0)
  })
})
