/**
 * Rate limits per client address and per buyer e-mail (rate-limiter-flexible): the next
 * submission gets 429 with Retry-After and the form keeps what was typed; a retry of an enquiry
 * that was already stored is never refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleEnquiryRequest, jsonResponse } from '../../cms/enquiries/handle-enquiry-request'
import { createEnquiryRateLimits } from '../../src/enquiries/http/rate-limits'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { countByKey, enquiryBody, postRequest, testDeps } from './helpers/enquiries'
import { makeWorld, type World } from './helpers/world'

let ctx: TestPayload
let world: World

beforeAll(async () => {
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
})
afterAll(async () => ctx?.cleanup())

function limitedSender(perIp: number, perEmail: number, trustProxy = false) {
  const deps = testDeps(ctx.payload, { limits: createEnquiryRateLimits({ perIp, perEmail, windowSeconds: 600 }) })
  deps.settings = { ...deps.settings, trustProxy }
  return async (body: Record<string, unknown>, address: string, options: Parameters<typeof postRequest>[1] = {}) => {
    const handled = await handleEnquiryRequest(postRequest(body, options), address, deps)
    const response = jsonResponse(handled.outcome)
    return {
      handled,
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as { reference?: string; errors?: Record<string, string> },
    }
  }
}

describe('rate limits', () => {
  it('should refuse a client address over its limit with 429 and Retry-After, and let other addresses through', async () => {
    const send = limitedSender(3, 100)
    const statuses = []
    for (let i = 0; i < 4; i += 1) statuses.push((await send(enquiryBody({ product: world.productA.id }), '203.0.113.50')).status)
    expect(statuses).toEqual([201, 201, 201, 429])
    const limited = await send(enquiryBody({ product: world.productA.id }, { locale: 'en' }), '203.0.113.50')
    expect(limited.status).toBe(429)
    expect(Number(limited.retryAfter)).toBeGreaterThan(0)
    expect(Number(limited.retryAfter)).toBeLessThanOrEqual(600)
    expect(limited.body.errors?.form).toMatch(/try again in about \d+ minutes/)
    expect((await send(enquiryBody({ product: world.productA.id }), '203.0.113.51')).status).toBe(201)
  })

  it('should refuse an e-mail address over its limit, whatever address it comes from', async () => {
    const send = limitedSender(100, 2)
    const email = 'busy.buyer@example.com'
    const statuses = []
    for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3'])
      statuses.push((await send(enquiryBody({ product: world.productB.id }, { email: email.toUpperCase() }), address)).status)
    expect(statuses).toEqual([201, 201, 429])
  })

  it('should keep the typed values on the form page when refused', async () => {
    const send = limitedSender(1, 100)
    await send(enquiryBody({ product: world.productA.id }), '203.0.113.60')
    const body = enquiryBody({ product: world.productA.id }, { message: 'Cần báo giá gấp cho 3 container' })
    const refused = await send(body, '203.0.113.60', { form: true })
    expect(refused.handled.wantsPage).toBe(true)
    expect(refused.status).toBe(429)
    expect(refused.handled.form.values.message).toBe('Cần báo giá gấp cho 3 container')
    expect(refused.handled.form.errors.form).toMatch(/thử lại sau khoảng/)
  })

  it('should never refuse the retry of an enquiry already stored: the buyer gets its reference', async () => {
    const send = limitedSender(1, 1)
    const body = enquiryBody({ product: world.productA.id })
    const first = await send(body, '203.0.113.70')
    const again = await send(body, '203.0.113.70')
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect(again.body.reference).toBe(first.body.reference)
    expect(await countByKey(ctx.payload, body.idempotencyKey as string)).toBe(1)
  })

  it('should count buyers behind a trusted proxy by their own address, not the proxy’s', async () => {
    const send = limitedSender(1, 100, true)
    const viaProxy = (client: string) =>
      send(enquiryBody({ product: world.productA.id }), '10.0.0.1', { headers: { 'x-forwarded-for': `198.18.0.9, ${client}` } })
    expect((await viaProxy('192.0.2.1')).status).toBe(201)
    expect((await viaProxy('192.0.2.2')).status).toBe(201)
    expect((await viaProxy('192.0.2.1')).status).toBe(429)
  })
})
