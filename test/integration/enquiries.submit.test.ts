/**
 * Sending an enquiry through the endpoint's handler (the same code /api/enquiries runs), against a
 * real Payload on a temporary SQLite file: what the buyer sees, what is stored, what is mailed.
 */
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleEnquiryRequest, jsonResponse } from '../../cms/enquiries/handle-enquiry-request'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { countByKey, enquiryBody, postRequest, readMails, runAllJobs, testDeps } from './helpers/enquiries'
import { makeWorld, userFor, type World } from './helpers/world'

let ctx: TestPayload
let world: World
let mailDir: string

beforeAll(async () => {
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
  mailDir = path.join(ctx.dir, 'mail')
})
afterAll(async () => ctx?.cleanup())

const send = (request: Request, address = '203.0.113.7') => handleEnquiryRequest(request, address, testDeps(ctx.payload))
const json = async (request: Request) => {
  const response = jsonResponse((await send(request)).outcome)
  return {
    status: response.status,
    body: (await response.json()) as { id?: number | string; reference?: string; errors?: Record<string, string> },
    headers: response.headers,
  }
}

describe('sending an enquiry', () => {
  it('should store it and answer 201 with its id and a reference the buyer can quote', async () => {
    const body = enquiryBody({ product: world.productA.id })
    const { status, body: answer } = await json(postRequest(body))
    expect(status).toBe(201)
    expect(answer.reference).toMatch(/^TB-\d{4}-[2-9A-HJKMNP-Z]{6}$/)
    const stored = await ctx.payload.findByID({ collection: 'enquiries', id: answer.id!, overrideAccess: true, depth: 0 })
    expect(stored).toMatchObject({
      reference: answer.reference,
      status: 'new',
      name: 'Nguyễn Thị Mai',
      email: body.email,
      quantity: 500,
      unit: 'hũ',
      language: 'vi',
      consent: true,
    })
    // The producer and its province come from the product, for the producer's inbox and staff scoping.
    expect(stored.producer).toBe(world.producerA.id)
    expect(stored.province).toBe(world.p1.id)
    expect(new Date(stored.dueAt as string).getTime()).toBeGreaterThan(Date.now())
  })

  it('should accept a form-encoded post from a brand page and send the browser to the confirmation page', async () => {
    const body = enquiryBody({ producer: world.producerB.id }, { consent: 'true', locale: 'en', language: 'en' })
    const handled = await send(postRequest(body, { form: true }))
    expect(handled.wantsPage).toBe(true)
    expect(handled.outcome).toMatchObject({ kind: 'created', status: 201 })
    expect(handled.locale).toBe('en')
    expect(await countByKey(ctx.payload, body.idempotencyKey as string)).toBe(1)
  })

  it('should commit the delivery job together with the enquiry', async () => {
    const { body } = await json(postRequest(enquiryBody({ product: world.productB.id })))
    const jobs = await ctx.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'deliverEnquiry' } }, limit: 100, overrideAccess: true })
    expect(jobs.docs.map((j) => (j.input as { enquiryId: string }).enquiryId)).toContain(String(body.id))
  })

  it('should make one enquiry only when the same submission is retried, even twice at once', async () => {
    const body = enquiryBody({ product: world.productA.id })
    const [first, second] = await Promise.all([json(postRequest(body)), json(postRequest(body))])
    const third = await json(postRequest(body))
    expect([first.status, second.status, third.status]).toEqual([201, 201, 201])
    expect(new Set([first.body.reference, second.body.reference, third.body.reference]).size).toBe(1)
    expect(await countByKey(ctx.payload, body.idempotencyKey as string)).toBe(1)
  })

  it('should refuse an idempotency key already used by another buyer, without revealing that enquiry', async () => {
    const body = enquiryBody({ product: world.productA.id })
    await json(postRequest(body))
    const other = await json(postRequest({ ...body, email: 'someone.else@example.com' }))
    expect(other.status).toBe(400)
    expect(other.body.errors?.idempotencyKey).toMatch(/tải lại trang/)
    expect(other.body.reference).toBeUndefined()
  })

  it('should refuse a draft product or an unknown producer with a message on the form', async () => {
    const draft = await json(postRequest(enquiryBody({ product: world.draftA.id })))
    expect(draft.status).toBe(400)
    expect(draft.body.errors?.product).toMatch(/không còn trên phòng trưng bày/)
    const unknown = await json(postRequest(enquiryBody({ producer: 999999 }, { locale: 'en' })))
    expect(unknown.body.errors?.product).toMatch(/no longer in the showroom/)
    const malformed = await json(postRequest(enquiryBody({ product: 'not-a-number' })))
    expect(malformed.status).toBe(400)
    expect(malformed.body.errors?.product).toBeTruthy()
  })
})

describe('wrong input', () => {
  it('should answer 400 with one message per wrong field, in Vietnamese on the Vietnamese page', async () => {
    const { status, body } = await json(
      postRequest(
        enquiryBody(
          { product: world.productA.id },
          { name: '', email: 'mai@', phone: 'gọi tôi', quantity: -3, message: 'Giá?', consent: false, buyerType: 'spy', locale: 'vi' },
        ),
      ),
    )
    expect(status).toBe(400)
    expect(body.errors).toEqual({
      name: 'Vui lòng điền ô này.',
      email: expect.stringMatching(/email chưa đúng/),
      phone: expect.stringMatching(/chữ số/),
      quantity: expect.stringMatching(/lớn hơn 0/),
      message: expect.stringMatching(/ít nhất 10 ký tự/),
      consent: expect.stringMatching(/đồng ý/),
      buyerType: expect.stringMatching(/chọn một mục/),
    })
  })

  it('should speak English on the English page, and ask for a unit when a quantity is given', async () => {
    const { body } = await json(postRequest(enquiryBody({ product: world.productA.id }, { locale: 'en', email: 'x', unit: '' })))
    expect(body.errors).toEqual({ email: expect.stringMatching(/does not look right/), unit: expect.stringMatching(/give a unit/) })
  })

  it('should keep everything typed for the form shown again after an error', async () => {
    const body = enquiryBody({ product: world.productA.id }, { email: 'not-an-email', message: 'Tôi cần 2 container\nđóng thùng 24 hũ' })
    const handled = await send(postRequest(body, { form: true }))
    expect(handled.outcome.status).toBe(400)
    expect(handled.form.values).toMatchObject({
      name: body.name,
      company: body.company,
      email: 'not-an-email',
      message: 'Tôi cần 2 container\nđóng thùng 24 hũ',
      quantity: '500',
      unit: 'hũ',
      idempotencyKey: body.idempotencyKey,
    })
    expect(handled.form.errors.email).toBeTruthy()
    expect(await countByKey(ctx.payload, body.idempotencyKey as string)).toBe(0)
  })

  it('should refuse a body that is not JSON, and one that is not a form or JSON', async () => {
    expect((await json(postRequest('{"name": '))).status).toBe(400)
    expect((await json(postRequest('name=x', { headers: { 'content-type': 'text/plain' } }))).status).toBe(415)
  })
})

describe('abuse', () => {
  it('should strip control characters and invisible direction overrides from what is stored', async () => {
    const body = enquiryBody(
      { product: world.productA.id },
      { name: 'Mai\u0000\u202E moc\u0007', company: 'Sông\u200B Hồng\u001B[31m', message: 'Xin báo giá\u0000 mật ong\r\nrừng\u2066 U Minh' },
    )
    const { body: answer } = await json(postRequest(body))
    const stored = await ctx.payload.findByID({ collection: 'enquiries', id: answer.id!, overrideAccess: true })
    expect(stored.name).toBe('Mai moc')
    expect(stored.company).toBe('Sông\u200B Hồng[31m')
    expect(stored.message).toBe('Xin báo giá mật ong\nrừng U Minh')
  })

  it('should pretend to accept what a bot sends through the honeypot, and store nothing', async () => {
    const body = enquiryBody({ product: world.productA.id }, { website: 'http://spam.example' })
    const { status, body: answer } = await json(postRequest(body))
    expect(status).toBe(201)
    expect(answer.reference).toMatch(/^TB-/)
    expect(await countByKey(ctx.payload, body.idempotencyKey as string)).toBe(0)
  })

  it('should refuse with 413, before parsing, a body over the limit — declared or streamed', async () => {
    const big = JSON.stringify(enquiryBody({ product: world.productA.id }, { message: 'x'.repeat(70_000) }))
    const declared = await json(postRequest(big, { headers: { 'content-length': String(Buffer.byteLength(big)) } }))
    expect(declared.status).toBe(413)
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 100; i += 1) controller.enqueue(new TextEncoder().encode(`"${'y'.repeat(1000)}",`))
        controller.close()
      },
    })
    const chunked = new Request('http://localhost:4321/api/enquiries', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:4321' },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect((await json(chunked)).status).toBe(413)
  })

  it('should refuse a post from another site, and accept one with no browser headers at all', async () => {
    const body = enquiryBody({ product: world.productA.id })
    expect((await json(postRequest(body, { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } }))).status).toBe(403)
    expect((await json(postRequest(body, { headers: { origin: 'null' } }))).status).toBe(403)
    const plain = new Request('http://localhost:4321/api/enquiries', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    expect((await json(plain)).status).toBe(201)
  })
})

describe('after sending', () => {
  it('should e-mail the producer (reply goes to the buyer) and the buyer a copy in their language, as plain text', async () => {
    const key = randomUUID()
    const before = readMails(mailDir).length
    const body = enquiryBody(
      { product: world.productA.id },
      { idempotencyKey: key, language: 'en', locale: 'en', name: 'Tom <script>alert(1)</script>', message: 'Price for <b>500</b> jars & delivery to Osaka?' },
    )
    const { body: answer } = await json(postRequest(body))
    const created = await ctx.payload.findByID({ collection: 'enquiries', id: answer.id!, overrideAccess: true })
    await runAllJobs(ctx.payload)
    const mails = readMails(mailDir)
      .slice(before)
      .filter((m) => m.subject.includes(answer.reference!))
    const toProducer = mails.find((m) => m.to.includes('a@test.local'))
    const toBuyer = mails.find((m) => m.to.includes(body.email as string))
    expect(toProducer?.subject).toMatch(/Yêu cầu báo giá mới/)
    expect(toProducer?.replyTo).toEqual([body.email])
    expect(toProducer?.text).toContain('Price for <b>500</b> jars & delivery to Osaka?')
    expect(toBuyer?.subject).toMatch(/We received your enquiry/)
    expect(toBuyer?.text).toContain(answer.reference)
    // Plain text only: what the buyer typed can never become markup in anyone's mail reader.
    for (const mail of mails) expect(mail.html).toBeUndefined()
    expect(mails.every((m) => !m.to.includes('b@test.local'))).toBe(true)
    const stored = await ctx.payload.findByID({ collection: 'enquiries', id: answer.id!, overrideAccess: true })
    expect(stored.notifiedAt).toBeTruthy()
    expect(stored.buyerCopiedAt).toBeTruthy()
    // The stamps are bookkeeping, not an edit: a producer who opened the enquiry before they landed
    // is not told someone else changed it (the admin compares updatedAt).
    expect(stored.updatedAt).toBe(created.updatedAt)
  })

  it('should show the producer the new enquiry in its inbox, and count it as new', async () => {
    const { body } = await json(postRequest(enquiryBody({ product: world.productB.id })))
    const producerB = await userFor(ctx.payload, world, 'producerB')
    const inbox = await ctx.payload.find({ collection: 'enquiries', overrideAccess: false, user: producerB, where: { status: { equals: 'new' } }, limit: 200 })
    expect(inbox.docs.map((d) => d.id)).toContain(body.id)
    expect(inbox.docs.every((d) => (typeof d.producer === 'object' ? d.producer?.id : d.producer) === world.producerB.id)).toBe(true)
    const count = await ctx.payload.count({ collection: 'enquiries', overrideAccess: false, user: producerB, where: { status: { equals: 'new' } } })
    expect(count.totalDocs).toBe(inbox.totalDocs)
  })
})
