/**
 * POST /api/enquiries, independent of the web framework: origin check → size-limited read →
 * parse → honeypot → validation → rate limits → submitEnquiry. It returns an outcome; the caller
 * turns it into JSON, a redirect, or the form shown again with its messages (see
 * site/pages/api/enquiries.ts). Every branch keeps what the buyer typed.
 */
import type { Payload } from 'payload'
import { EnquiryError } from '../../src/enquiries/errors'
import { messageFor, messagesFor, type Locale } from '../../src/enquiries/messages'
import { makeReference } from '../../src/enquiries/reference'
import { echoValues, HONEYPOT_FIELD, parseEnquiry, type EnquiryField } from '../../src/enquiries/schema'
import { findEnquiryByKey, submitEnquiry } from './submit-enquiry'
import { clientAddressOf, isAllowedOrigin } from '../../src/enquiries/http/origin'
import type { EnquiryRateLimits } from '../../src/enquiries/http/rate-limits'
import { BodyTooLargeError, bodyKindOf, parseBody, readLimitedBody, UnreadableBodyError } from '../../src/enquiries/http/read-body'

export type EnquiryHttpSettings = {
  maxBodyBytes: number
  responseWorkingDays: number
  /** Origins allowed to post (the public site's). The request's own origin is always allowed. */
  allowedOrigins: readonly string[]
  trustProxy: boolean
}

export type EnquiryHttpDeps = {
  payload: () => Promise<Payload>
  limits: EnquiryRateLimits
  settings: EnquiryHttpSettings
  now?: () => Date
  /** Fault tests stop the process at these points. */
  hooks?: { beforeCommit?: () => void | Promise<void>; afterCommit?: () => void | Promise<void> }
}

export type FormState = { values: Partial<Record<EnquiryField, string>>; errors: Record<string, string>; locale: Locale; returnTo?: string }

export type EnquiryOutcome =
  | { kind: 'created'; status: 201; id: number | string | null; reference: string; replayed: boolean }
  | { kind: 'invalid'; status: 400 | 403 | 415; errors: Record<string, string> }
  | { kind: 'rateLimited'; status: 429; retryAfterSeconds: number; errors: Record<string, string> }
  | { kind: 'tooLarge'; status: 413; errors: Record<string, string> }
  | { kind: 'unavailable'; status: 503; retryAfterSeconds: number; errors: Record<string, string> }

export type EnquiryHandled = {
  outcome: EnquiryOutcome
  /** The buyer's browser posted the form without JavaScript and wants a page, not JSON. */
  wantsPage: boolean
  locale: Locale
  /** Only for a page: the form's state to show again. */
  form: FormState
}

function localeOf(raw: Record<string, unknown>, headers: Headers): Locale {
  for (const candidate of [raw.locale, raw.language]) if (candidate === 'vi' || candidate === 'en') return candidate
  const referer = headers.get('referer')
  if (referer) {
    try {
      const path = new URL(referer).pathname
      if (path === '/en' || path.startsWith('/en/')) return 'en'
    } catch {
      // not a URL: fall through to the Accept-Language guess
    }
  }
  return /^en\b/i.test(headers.get('accept-language') ?? '') ? 'en' : 'vi'
}

/** A browser form post without the <enquiry-form> script: form-encoded, and not asking for JSON. */
function wantsPageFor(request: Request, kind: ReturnType<typeof bodyKindOf>): boolean {
  if (kind === 'json' || kind === undefined) return false
  const accept = request.headers.get('accept') ?? ''
  return !/application\/json/i.test(accept) || /text\/html/i.test(accept.split(',')[0] ?? '')
}

/** A same-site path to show the form again on (the page the buyer was on). */
function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  return /^\/(?![/\\])[\w\-./%~]*$/.test(value) && value.length <= 300 ? value : undefined
}

export async function handleEnquiryRequest(request: Request, socketAddress: string | undefined, deps: EnquiryHttpDeps): Promise<EnquiryHandled> {
  const now = deps.now?.() ?? new Date()
  const contentType = request.headers.get('content-type') ?? ''
  const kind = bodyKindOf(contentType)
  const wantsPage = wantsPageFor(request, kind)
  const early = (locale: Locale, outcome: EnquiryOutcome): EnquiryHandled => ({
    outcome,
    wantsPage,
    locale,
    form: { values: {}, errors: outcome.kind === 'created' ? {} : outcome.errors, locale },
  })

  const guessed = localeOf({}, request.headers)
  const ownOrigin = new URL(request.url).origin
  if (!isAllowedOrigin(request.headers, [ownOrigin, ...deps.settings.allowedOrigins]))
    return early(guessed, { kind: 'invalid', status: 403, errors: { form: messageFor({ code: 'origin' }, guessed) } })
  if (!kind) return early(guessed, { kind: 'invalid', status: 415, errors: { form: messageFor({ code: 'invalidBody' }, guessed) } })

  let raw: Record<string, unknown>
  try {
    raw = await parseBody(await readLimitedBody(request, deps.settings.maxBodyBytes), kind, contentType)
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return early(guessed, { kind: 'tooLarge', status: 413, errors: { form: messageFor({ code: 'tooLarge' }, guessed) } })
    if (error instanceof UnreadableBodyError)
      return early(guessed, { kind: 'invalid', status: 400, errors: { form: messageFor({ code: 'invalidBody' }, guessed) } })
    throw error
  }

  const locale = localeOf(raw, request.headers)
  const values = echoValues(raw)
  const returnTo = safeReturnPath(raw.returnTo)
  const handled = (outcome: EnquiryOutcome): EnquiryHandled => ({
    outcome,
    wantsPage,
    locale,
    form: { values, errors: outcome.kind === 'created' ? {} : outcome.errors, locale, returnTo },
  })

  // Bots fill every field; people never see this one. They get what looks like success.
  const honeypot = raw[HONEYPOT_FIELD]
  if (typeof honeypot === 'string' && honeypot.trim() !== '')
    return handled({ kind: 'created', status: 201, id: null, reference: makeReference(now), replayed: false })

  const parsed = parseEnquiry(raw)
  if (!parsed.ok) return handled({ kind: 'invalid', status: 400, errors: messagesFor(parsed.errors as Record<string, never>, locale) })
  const input = parsed.value
  let payload: Payload
  try {
    payload = await deps.payload()
  } catch (error) {
    // No Payload, so no logger: this is the one place the process's own error stream is used.
    console.error('enquiries: the CMS could not be loaded; the buyer was asked to retry', error)
    return handled(unavailable(locale))
  }

  const address = clientAddressOf(request.headers, socketAddress, deps.settings.trustProxy)
  const verdict = await deps.limits.consumeIp(address)
  const emailVerdict = verdict.ok ? await deps.limits.consumeEmail(input.email) : verdict
  if (!emailVerdict.ok) {
    // A retry of an enquiry that was stored is never refused: the buyer gets their reference.
    const stored = await findEnquiryByKey(payload, input.idempotencyKey).catch((error: unknown) => {
      payload.logger.warn({ err: error, msg: 'enquiries: could not look up a rate-limited retry' })
      return undefined
    })
    if (stored && String(stored.email ?? '').toLowerCase() === input.email.toLowerCase())
      return handled({ kind: 'created', status: 201, id: stored.id, reference: String(stored.reference), replayed: true })
    return handled({
      kind: 'rateLimited',
      status: 429,
      retryAfterSeconds: emailVerdict.retryAfterSeconds,
      errors: { form: messageFor({ code: 'rateLimited', params: { minutes: Math.max(1, Math.ceil(emailVerdict.retryAfterSeconds / 60)) } }, locale) },
    })
  }

  try {
    const result = await submitEnquiry(payload, input, {
      now,
      locale,
      responseWorkingDays: deps.settings.responseWorkingDays,
      beforeCommit: deps.hooks?.beforeCommit,
    })
    await deps.hooks?.afterCommit?.()
    return handled({ kind: 'created', status: 201, id: result.id, reference: result.reference, replayed: result.replayed })
  } catch (error) {
    if (error instanceof EnquiryError && error.status === 400)
      return handled({ kind: 'invalid', status: 400, errors: { [error.field]: messageFor({ code: error.code }, locale) } })
    // Beyond capacity: a fast "try again in a moment", not an error to log.
    if (error instanceof EnquiryError && error.code === 'busy')
      return handled({ kind: 'unavailable', status: 503, retryAfterSeconds: BUSY_RETRY_SECONDS, errors: { form: messageFor({ code: 'busy' }, locale) } })
    payload.logger.error({ err: error, msg: 'enquiries: could not store an enquiry; the buyer was asked to retry' })
    return handled(unavailable(locale))
  }
}

/** When the write queue is full: a batch commits in milliseconds, so a retry soon finds room. */
const BUSY_RETRY_SECONDS = 2

function unavailable(locale: Locale): EnquiryOutcome {
  return { kind: 'unavailable', status: 503, retryAfterSeconds: 30, errors: { form: messageFor({ code: 'unavailable' }, locale) } }
}

/** The JSON answer of the API contract. */
export function jsonResponse(outcome: EnquiryOutcome): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }
  if (outcome.kind === 'rateLimited' || outcome.kind === 'unavailable') headers['retry-after'] = String(outcome.retryAfterSeconds)
  // As Stripe does: tells a client that retried that this is the answer to its first attempt.
  if (outcome.kind === 'created' && outcome.replayed) headers['idempotent-replayed'] = 'true'
  const body = outcome.kind === 'created' ? { id: outcome.id, reference: outcome.reference } : { errors: outcome.errors }
  return new Response(JSON.stringify(body), { status: outcome.status, headers })
}
