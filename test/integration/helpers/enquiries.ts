/**
 * Helpers for the enquiry suites: a valid submission, requests as a browser or the form's script would
 * send them, the endpoint's dependencies, the mail written to MAIL_DIR, and running the job queue.
 */
import { randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { createEnquiryRateLimits } from '../../../src/enquiries/http/rate-limits'
import type { EnquiryHttpDeps } from '../../../cms/enquiries/handle-enquiry-request'
import { runJobsUntilDone } from './jobs'

export const SITE = 'http://localhost:4321'

export function enquiryBody(
  target: { product?: number | string; producer?: number | string },
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    ...(target.product !== undefined ? { product: String(target.product) } : {}),
    ...(target.producer !== undefined ? { producer: String(target.producer) } : {}),
    name: 'Nguyễn Thị Mai',
    company: 'Công ty TNHH Phân phối Sông Hồng',
    buyerType: 'distributor',
    country: 'Việt Nam',
    email: `mai.${randomUUID().slice(0, 8)}@songhong.example`,
    phone: '0912 345 678',
    quantity: 500,
    unit: 'hũ',
    market: 'Hà Nội',
    message: 'Xin báo giá 500 hũ mật ong 500 g, giao tại Hà Nội trong tháng 12.',
    language: 'vi',
    consent: true,
    idempotencyKey: randomUUID(),
    ...overrides,
  }
}

type PostOptions = { form?: boolean; headers?: Record<string, string>; accept?: string }

export function postRequest(body: Record<string, unknown> | string, options: PostOptions = {}): Request {
  const headers: Record<string, string> = { origin: SITE, 'sec-fetch-site': 'same-origin', ...options.headers }
  let encoded: string
  if (typeof body === 'string') encoded = body
  else if (options.form) {
    encoded = new URLSearchParams(Object.entries(body).map(([k, v]) => [k, String(v)])).toString()
  } else encoded = JSON.stringify(body)
  headers['content-type'] ??= options.form ? 'application/x-www-form-urlencoded' : 'application/json'
  headers.accept ??= options.accept ?? (options.form ? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' : 'application/json')
  return new Request(`${SITE}/api/enquiries`, { method: 'POST', headers, body: encoded })
}

export function testDeps(payload: Payload, overrides: Partial<EnquiryHttpDeps> & { limits?: EnquiryHttpDeps['limits'] } = {}): EnquiryHttpDeps {
  return {
    payload: async () => payload,
    limits: createEnquiryRateLimits({ perIp: 1000, perEmail: 1000, windowSeconds: 3600 }),
    settings: { maxBodyBytes: 64 * 1024, responseWorkingDays: 3, allowedOrigins: [SITE], trustProxy: false },
    ...overrides,
  }
}

export type SentMail = { to: string[]; subject: string; text: string; html?: string; replyTo?: string[]; file: string }

/** Mail written by the embedded file transport (one JSON file per message), oldest first. */
export function readMails(dir: string): SentMail[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8'))
      const addresses = (list: unknown) =>
        (Array.isArray(list) ? list : list ? [list] : []).map((a: { address?: string } | string) => (typeof a === 'string' ? a : String(a.address)))
      return { to: addresses(raw.to), subject: String(raw.subject), text: String(raw.text ?? ''), html: raw.html, replyTo: addresses(raw.replyTo), file }
    })
}

/** Runs every job that is due, until none is left (or `rounds` passes). */
export async function runAllJobs(payload: Payload, rounds = 10): Promise<void> {
  await runJobsUntilDone(payload, [undefined], rounds)
}

export async function countByKey(payload: Payload, idempotencyKey: string): Promise<number> {
  return (await payload.count({ collection: 'enquiries', where: { idempotencyKey: { equals: idempotencyKey } }, overrideAccess: true })).totalDocs
}
