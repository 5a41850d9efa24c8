import { describe, expect, it } from 'vitest'
import { clientAddressOf, isAllowedOrigin } from '../../../src/enquiries/http/origin'
import { createEnquiryRateLimits } from '../../../src/enquiries/http/rate-limits'
import { BodyTooLargeError, bodyKindOf, parseBody, readLimitedBody, UnreadableBodyError } from '../../../src/enquiries/http/read-body'

const SITE = ['https://tieubieu.vn']

describe('origin check', () => {
  it('should allow the site itself and requests from no browser at all', () => {
    expect(isAllowedOrigin(new Headers({ origin: 'https://tieubieu.vn' }), SITE)).toBe(true)
    expect(isAllowedOrigin(new Headers(), SITE)).toBe(true)
    expect(isAllowedOrigin(new Headers({ 'sec-fetch-site': 'same-origin' }), SITE)).toBe(true)
  })
  it('should refuse other sites, sandboxed frames, and cross-site browser requests without Origin', () => {
    expect(isAllowedOrigin(new Headers({ origin: 'https://tieubieu.vn.evil.example' }), SITE)).toBe(false)
    expect(isAllowedOrigin(new Headers({ origin: 'null' }), SITE)).toBe(false)
    expect(isAllowedOrigin(new Headers({ 'sec-fetch-site': 'cross-site' }), SITE)).toBe(false)
  })
  it('should trust X-Forwarded-For only behind a proxy, and then only its last hop', () => {
    const headers = new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' })
    expect(clientAddressOf(headers, '10.0.0.1', false)).toBe('10.0.0.1')
    expect(clientAddressOf(headers, '10.0.0.1', true)).toBe('203.0.113.9')
  })
})

describe('reading the body', () => {
  const request = (body: string, headers: Record<string, string> = {}) =>
    new Request('http://x/api/enquiries', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } })

  it('should refuse a declared length over the limit without reading', async () => {
    await expect(readLimitedBody(request('{}', { 'content-length': '999999' }), 1024)).rejects.toBeInstanceOf(BodyTooLargeError)
  })
  it('should cut off a body that streams past the limit', async () => {
    await expect(readLimitedBody(request('x'.repeat(5000)), 1024)).rejects.toBeInstanceOf(BodyTooLargeError)
  })
  it('should parse JSON objects and forms, and refuse anything else', async () => {
    const bytes = new TextEncoder().encode('{"name":"An"}')
    expect(await parseBody(bytes, 'json', 'application/json')).toEqual({ name: 'An' })
    await expect(parseBody(new TextEncoder().encode('[1]'), 'json', 'application/json')).rejects.toBeInstanceOf(UnreadableBodyError)
    const form = new TextEncoder().encode('name=Nguy%E1%BB%85n&consent=true')
    expect(await parseBody(form, 'form', 'application/x-www-form-urlencoded')).toEqual({ name: 'Nguyễn', consent: 'true' })
    expect(bodyKindOf('text/plain')).toBeUndefined()
    expect(bodyKindOf('application/json; charset=utf-8')).toBe('json')
  })
})

describe('rate limits', () => {
  it('should count per address and per e-mail (case-insensitive), and say when to retry', async () => {
    const limits = createEnquiryRateLimits({ perIp: 2, perEmail: 1, windowSeconds: 60 })
    expect(await limits.consumeIp('1.1.1.1')).toEqual({ ok: true })
    expect(await limits.consumeIp('1.1.1.1')).toEqual({ ok: true })
    expect(await limits.consumeIp('1.1.1.1')).toMatchObject({ ok: false, by: 'ip', retryAfterSeconds: expect.any(Number) })
    expect(await limits.consumeEmail('An@Example.com')).toEqual({ ok: true })
    expect(await limits.consumeEmail('an@example.com')).toMatchObject({ ok: false, by: 'email' })
  })
})
