/**
 * The response deadline, with a clock the test controls: enquiries are sent "on Monday", the
 * escalation job runs "on Thursday" just before and just after the deadline, and the right centre
 * staff (of the producer's province, else national) hear about it — once.
 */
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleEnquiryRequest, jsonResponse } from '../../cms/enquiries/handle-enquiry-request'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { enquiryBody, postRequest, readMails, runAllJobs, testDeps } from './helpers/enquiries'
import { makeWorld, type World } from './helpers/world'

let ctx: TestPayload
let world: World
let mailDir: string

const MONDAY = new Date('2026-11-23T02:00:00.000Z') // 09:00 in Hà Nội
const DUE = new Date('2026-11-26T02:00:00.000Z') // three working days later, Thursday

const sendAt = async (now: Date, target: { product?: number | string }, overrides: Record<string, unknown> = {}) => {
  const handled = await handleEnquiryRequest(postRequest(enquiryBody(target, overrides)), '192.0.2.10', testDeps(ctx.payload, { now: () => now }))
  return (await jsonResponse(handled.outcome).json()) as { id: number | string; reference: string }
}

/** Runs the escalation job as the scheduler would, at the given moment. */
const escalateAt = async (now: Date) => {
  await ctx.payload.jobs.queue({ task: 'escalateEnquiries' as never, input: { now: now.toISOString() } as never })
  await runAllJobs(ctx.payload)
}
const staffMails = (reference: string) => readMails(mailDir).filter((m) => m.subject.includes(reference) && m.subject.includes('chưa được trả lời'))
const read = (id: number | string) => ctx.payload.findByID({ collection: 'enquiries', id, overrideAccess: true })

let ofA: { id: number | string; reference: string }
let ofB: { id: number | string; reference: string }
let answered: { id: number | string; reference: string }

beforeAll(async () => {
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
  mailDir = path.join(ctx.dir, 'mail')
  ofA = await sendAt(MONDAY, { product: world.productA.id })
  ofB = await sendAt(MONDAY, { product: world.productB.id })
  answered = await sendAt(MONDAY, { product: world.productB.id })
  await runAllJobs(ctx.payload)
})
afterAll(async () => ctx?.cleanup())

describe('the response deadline', () => {
  it('should default to three working days after the enquiry arrived', async () => {
    expect((await read(ofA.id)).dueAt).toBe(DUE.toISOString())
    const friday = await sendAt(new Date('2026-11-27T08:00:00.000Z'), { product: world.productA.id })
    expect((await read(friday.id)).dueAt).toBe('2026-12-02T08:00:00.000Z')
  })

  it('should leave an enquiry alone one minute before its deadline', async () => {
    await escalateAt(new Date(DUE.getTime() - 60_000))
    expect((await read(ofA.id)).status).toBe('new')
    expect(staffMails(ofA.reference)).toHaveLength(0)
  })

  it("should escalate at the deadline to the staff of the producer's province, else to national staff", async () => {
    await ctx.payload.update({ collection: 'enquiries', id: answered.id, overrideAccess: true, data: { status: 'answered' } })
    const at = new Date(DUE.getTime() + 60_000)
    await escalateAt(at)
    const a = await read(ofA.id)
    expect(a.status).toBe('forwarded')
    expect(a.escalatedAt).toBe(at.toISOString())
    // Province 1 has no staff of its own: national staff hear about it.
    expect(staffMails(ofA.reference).map((m) => m.to)).toEqual([['staff@test.local']])
    // Province 2 has its own centre staff: only they do.
    expect(staffMails(ofB.reference).map((m) => m.to)).toEqual([['staff-tn@test.local']])
    expect(staffMails(ofB.reference)[0]?.text).toContain('Kẹo Khóm Bến Lức')
    expect((await read(answered.id)).status).toBe('answered')
    expect(staffMails(answered.reference)).toHaveLength(0)
  })

  it('should escalate each enquiry once, however often the job runs', async () => {
    await escalateAt(new Date(DUE.getTime() + 3_600_000))
    await escalateAt(new Date(DUE.getTime() + 7_200_000))
    expect(staffMails(ofA.reference)).toHaveLength(1)
    expect(staffMails(ofB.reference)).toHaveLength(1)
  })

  it('should follow a deadline that staff moved', async () => {
    const later = await sendAt(MONDAY, { product: world.productA.id })
    await ctx.payload.update({
      collection: 'enquiries',
      id: later.id,
      overrideAccess: false,
      user: { ...(await ctx.payload.findByID({ collection: 'users', id: world.users.staff.id, overrideAccess: true })), collection: 'users' },
      data: { dueAt: '2026-12-10T02:00:00.000Z' },
    })
    await escalateAt(new Date('2026-12-01T00:00:00.000Z'))
    expect((await read(later.id)).status).toBe('new')
    await escalateAt(new Date('2026-12-10T02:00:01.000Z'))
    expect((await read(later.id)).status).toBe('forwarded')
  })

  it('should be scheduled by the job runner of the admin process', async () => {
    await ctx.payload.jobs.handleSchedules({ allQueues: true })
    const queued = await ctx.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'escalateEnquiries' } }, overrideAccess: true })
    expect(queued.totalDocs).toBeGreaterThan(0)
  })
})
