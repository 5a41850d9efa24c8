/**
 * Answering inside the system: a producer writes the reply on the enquiry, it is kept, timestamped
 * and e-mailed to the buyer (reply-to the producer) by a job that commits with the save, is retried
 * through a mail failure and never sends twice; or the producer records a phone/Zalo answer with
 * one tap. Those recorded answers, not a status set by hand, are what the response figures count.
 */
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { beginWriteTransaction } from '../../cms/transactions/write-transaction'
import { handleEnquiryRequest, jsonResponse } from '../../cms/enquiries/handle-enquiry-request'
import { loadResponseFigures } from '../../cms/enquiries/load-response-figures'
import type { ProducerResponseStats } from '../../src/enquiries/response-stats'
import { REPLY_TASK } from '../../src/enquiries/task-slugs'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { enquiryBody, postRequest, readMails, runAllJobs, testDeps } from './helpers/enquiries'
import { rest, signInAll } from './helpers/rest'
import { makeWorld, userFor, type Actor, type World } from './helpers/world'

let ctx: TestPayload
let world: World
let tokens: Record<Actor, string | undefined>

const mails = () => readMails(path.join(ctx.dir, 'mail'))
const as = async (actor: Actor) => ({ overrideAccess: false, user: await userFor(ctx.payload, world, actor) }) as const
const stored = (id: number | string) => ctx.payload.findByID({ collection: 'enquiries', id, overrideAccess: true, depth: 0 })
const replyJobs = async (id: number | string) =>
  (await ctx.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: REPLY_TASK } }, overrideAccess: true, limit: 100 })).docs.filter(
    (job) => (job.input as { enquiryId?: string }).enquiryId === String(id),
  )

/** A buyer's enquiry to producer A, delivered (notice and copy sent) so only reply mail follows. */
async function enquiryToA(overrides: Record<string, unknown> = {}) {
  const body = enquiryBody({ product: world.productA.id }, { phone: '0912 345 678', ...overrides })
  const response = jsonResponse((await handleEnquiryRequest(postRequest(body), '198.51.100.7', testDeps(ctx.payload))).outcome)
  const { id, reference } = (await response.json()) as { id: number; reference: string }
  await runAllJobs(ctx.payload)
  return { id, reference, email: String(body.email) }
}

beforeAll(async () => {
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
  tokens = await signInAll(world)
})
afterAll(async () => ctx?.cleanup())

describe('a producer replying in the admin', () => {
  it('should keep the reply, stamp it, mark the enquiry answered and e-mail it to the buyer with reply-to the producer', async () => {
    const enquiry = await enquiryToA({ language: 'en' })
    const saved = await ctx.payload.update({
      collection: 'enquiries',
      id: enquiry.id,
      ...(await as('producerA')),
      data: { reply: 'Giá 120.000 đ/hũ, giao Hà Nội trong 5 ngày.' },
    })
    expect(saved).toMatchObject({ status: 'answered', replyChannel: 'email', reply: 'Giá 120.000 đ/hũ, giao Hà Nội trong 5 ngày.' })
    expect(saved.answeredAt).toBeTruthy()

    await runAllJobs(ctx.payload)
    const sent = mails().filter((m) => m.to.includes(enquiry.email) && m.subject.includes('answered'))
    expect(sent).toHaveLength(1)
    expect(sent[0]!.subject).toContain(enquiry.reference)
    expect(sent[0]!.text).toContain('Giá 120.000 đ/hũ')
    expect(sent[0]!.replyTo).toEqual(['a@test.local'])
    expect((await stored(enquiry.id)).replyMailedAt).toBeTruthy()
  })

  it('should refuse to change a reply once sent, but accept the same save again', async () => {
    const enquiry = await enquiryToA()
    const a = await as('producerA')
    await ctx.payload.update({ collection: 'enquiries', id: enquiry.id, ...a, data: { reply: 'Lần đầu' } })
    await expect(ctx.payload.update({ collection: 'enquiries', id: enquiry.id, ...a, data: { reply: 'Sửa lại' } })).rejects.toMatchObject({ status: 400 })
    await expect(ctx.payload.update({ collection: 'enquiries', id: enquiry.id, ...a, data: { replyChannel: 'phone' } })).rejects.toMatchObject({ status: 400 })
    const again = await ctx.payload.update({ collection: 'enquiries', id: enquiry.id, ...a, data: { reply: 'Lần đầu', status: 'answered' } })
    expect(again.reply).toBe('Lần đầu')
  })

  it('should send the reply once, however often the job runs or is queued again', async () => {
    const enquiry = await enquiryToA()
    await ctx.payload.update({ collection: 'enquiries', id: enquiry.id, ...(await as('producerA')), data: { reply: 'Một lần thôi' } })
    await runAllJobs(ctx.payload)
    await ctx.payload.jobs.queue({ task: REPLY_TASK, input: { enquiryId: String(enquiry.id) } })
    await runAllJobs(ctx.payload)
    expect(mails().filter((m) => m.to.includes(enquiry.email) && m.text.includes('Một lần thôi'))).toHaveLength(1)
  })

  it('should keep the mail queued through a mail failure and send it on the retry', async () => {
    const enquiry = await enquiryToA()
    await ctx.payload.update({ collection: 'enquiries', id: enquiry.id, ...(await as('producerA')), data: { reply: 'Sau sự cố' } })
    const working = ctx.payload.sendEmail
    ctx.payload.sendEmail = async () => {
      throw new Error('ECONNREFUSED (test: mail server down)')
    }
    try {
      await ctx.payload.jobs.run({ silent: true })
    } finally {
      ctx.payload.sendEmail = working
    }
    const [job] = await replyJobs(enquiry.id)
    expect(job).toMatchObject({ hasError: false, totalTried: 1 })
    expect((await stored(enquiry.id)).replyMailedAt).toBeFalsy()
    await ctx.payload.jobs.runByID({ id: job!.id, silent: true })
    expect(mails().filter((m) => m.to.includes(enquiry.email) && m.text.includes('Sau sự cố'))).toHaveLength(1)
    expect((await stored(enquiry.id)).replyMailedAt).toBeTruthy()
  })

  it('should leave neither the reply nor its mail when the save is rolled back', async () => {
    const enquiry = await enquiryToA()
    // The transaction an admin save runs in (on SQLite Payload opens none itself: see cms/transactions/write-transaction.ts).
    const req = await createLocalReq({ user: await userFor(ctx.payload, world, 'producerA') }, ctx.payload)
    const transactionID = await beginWriteTransaction(ctx.payload)
    req.transactionID = transactionID
    await ctx.payload.update({ collection: 'enquiries', id: enquiry.id, overrideAccess: false, user: req.user, req, data: { reply: 'Không bao giờ tới' } })
    await ctx.payload.db.rollbackTransaction(transactionID!)
    expect((await stored(enquiry.id)).reply).toBeFalsy()
    expect(await replyJobs(enquiry.id)).toHaveLength(0)
    await runAllJobs(ctx.payload)
    expect(mails().some((m) => m.text.includes('Không bao giờ tới'))).toBe(false)
  })

  it('should refuse marking an enquiry answered by hand without a reply', async () => {
    const enquiry = await enquiryToA()
    await expect(
      ctx.payload.update({ collection: 'enquiries', id: enquiry.id, ...(await as('producerA')), data: { status: 'answered' } }),
    ).rejects.toMatchObject({ status: 400 })
    expect((await stored(enquiry.id)).answeredAt).toBeFalsy()
  })
})

describe('answered by phone or Zalo', () => {
  it('should record the answer and its time with one request, send no mail, and change nothing when tapped again', async () => {
    const enquiry = await enquiryToA()
    const before = mails().length
    const first = await rest(`/enquiries/${enquiry.id}/answered-by-phone`, { method: 'POST', token: tokens.producerA })
    expect(first.status).toBe(200)
    const doc = (first.body as { doc: { status: string; replyChannel: string; answeredAt: string } }).doc
    expect(doc).toMatchObject({ status: 'answered', replyChannel: 'phone' })
    const again = await rest(`/enquiries/${enquiry.id}/answered-by-phone`, { method: 'POST', token: tokens.producerA })
    expect((again.body as { doc: { answeredAt: string } }).doc.answeredAt).toBe(doc.answeredAt)
    await runAllJobs(ctx.payload)
    expect(mails().length).toBe(before)
  })
})

describe("producer B and producer A's enquiry", () => {
  it('should not let B reply or record a phone answer, nor the anonymous', async () => {
    const enquiry = await enquiryToA()
    await expect(
      ctx.payload.update({ collection: 'enquiries', id: enquiry.id, ...(await as('producerB')), data: { reply: 'Tôi là B' } }),
    ).rejects.toMatchObject({ status: expect.any(Number) })
    const patched = await rest(`/enquiries/${enquiry.id}`, { method: 'PATCH', json: { reply: 'Tôi là B' }, token: tokens.producerB })
    expect([403, 404]).toContain(patched.status)
    expect([403, 404]).toContain((await rest(`/enquiries/${enquiry.id}/answered-by-phone`, { method: 'POST', token: tokens.producerB })).status)
    expect((await rest(`/enquiries/${enquiry.id}/answered-by-phone`, { method: 'POST' })).status).toBe(401)
    const after = await stored(enquiry.id)
    expect(after.replyChannel).toBeFalsy()
    expect(after.answeredAt).toBeFalsy()
    await runAllJobs(ctx.payload)
    expect(mails().some((m) => m.text.includes('Tôi là B'))).toBe(false)
  })
})

describe('the response figures', () => {
  const figures = async (actor: Actor) => loadResponseFigures(ctx.payload, await userFor(ctx.payload, world, actor))
  const rowOf = (rows: ProducerResponseStats[] | undefined, producerId: number | string) => rows?.find((r) => r.producerId === String(producerId))

  it('should show a producer its own figures and staff every producer of their provinces', async () => {
    const own = await figures('producerA')
    expect(own?.own).toBe(true)
    expect(own?.rows.map((r) => r.name)).toEqual(['Mật ong Đất Lành'])
    const centre = await figures('staff')
    expect(centre?.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['Mật ong Đất Lành', 'Kẹo Khóm Bến Lức']))
    expect(await figures('anonymous')).toBeUndefined()
  })

  it('should count a reply after the deadline as late, and a closed enquiry as not overdue', async () => {
    const late = await enquiryToA({ idempotencyKey: randomUUID() })
    const closed = await enquiryToA({ idempotencyKey: randomUUID() })
    const past = new Date(Date.now() - 12 * 86_400_000).toISOString()
    for (const id of [late.id, closed.id]) await ctx.payload.update({ collection: 'enquiries', id, overrideAccess: true, data: { dueAt: past } })
    const before = rowOf((await figures('producerA'))?.rows, world.producerA.id)!
    await ctx.payload.update({ collection: 'enquiries', id: late.id, ...(await as('producerA')), data: { reply: 'Xin lỗi vì trả lời muộn' } })
    await ctx.payload.update({ collection: 'enquiries', id: closed.id, ...(await as('producerA')), data: { status: 'closed' } })
    const after = rowOf((await figures('producerA'))?.rows, world.producerA.id)!
    expect(before.overdue - after.overdue).toBe(2)
    expect(after.late - before.late).toBe(1)
    expect(after.closed - before.closed).toBe(1)
    // The late answer is due but not on time: the rate does not reach 100 %.
    expect(after.responseRate).toBeLessThan(1)
  })
})
