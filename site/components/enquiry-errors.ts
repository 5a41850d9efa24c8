/**
 * The enquiry form's problems, shared by the server render (EnquiryForm.astro, after a post
 * without JavaScript) and the <enquiry-form> element (EnquiryForm.element.ts, after a fetch), so
 * both list them in the same order with the same words. No DOM here: unit-tested in Node.
 */
import type { EnquiryStrings } from '../i18n/enquiry'
import { ENQUIRY_FIELDS } from '../../src/enquiries/fields'

export type Errors = Record<string, string>

/** The fields the buyer can see and fix, as named in the list of problems (which links to them). */
export function fieldLabels(t: EnquiryStrings): Record<string, string> {
  const { name, company, buyerType, country, email, phone, quantity, unit, market, message, language, consentShort } = t.fields
  return { name, company, buyerType, country, email, phone, quantity, unit, market, message, language, consent: consentShort }
}

/** The fields with a problem, in page order (ENQUIRY_FIELDS is in the form's order); a message for the whole form (`form`) comes first. */
export function orderedFields(errors: Errors): string[] {
  const rank = (field: string) => (field === 'form' ? -1 : (ENQUIRY_FIELDS as readonly string[]).indexOf(field) + 1 || ENQUIRY_FIELDS.length + 1)
  return Object.keys(errors).sort((a, b) => rank(a) - rank(b))
}

/** What the element needs of the strings (sent to the browser as JSON on the element). */
export type ClientStrings = Pick<EnquiryStrings, 'sending' | 'errorSummary' | 'notSent' | 'networkError' | 'failed'> & { labels: Record<string, string> }

export function clientStrings(t: EnquiryStrings): ClientStrings {
  return { sending: t.sending, errorSummary: t.errorSummary, notSent: t.notSent, networkError: t.networkError, failed: t.failed, labels: fieldLabels(t) }
}

/** The list's heading: "correct these fields" only when a field the buyer can fix is in it. */
export function summaryHeading(errors: Errors, t: Pick<ClientStrings, 'errorSummary' | 'notSent' | 'labels'>): string {
  return Object.keys(errors).some((field) => t.labels[field]) ? t.errorSummary : t.notSent
}

/**
 * The problems to show for an answer that is not 201: the API's own messages (400 per field;
 * 403, 413, 429 and 503 for the whole form, already in the buyer's language), or, when the answer
 * has none (a proxy or CDN answered), a message chosen by status; for 429 it says when to retry.
 */
export function errorsFor(status: number, body: unknown, retryAfter: string | null, t: Pick<ClientStrings, 'failed'>): Errors {
  const errors = (body as { errors?: unknown } | null)?.errors
  if (errors && typeof errors === 'object' && Object.keys(errors).length) {
    const strings = Object.entries(errors as Record<string, unknown>).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
    )
    if (strings.length) return Object.fromEntries(strings)
  }
  if (status === 413) return { form: t.failed.tooLarge }
  if (status === 429) return { form: t.failed.rateLimited.replace('{minutes}', String(minutesOf(retryAfter))) }
  if (status === 403) return { form: t.failed.refused }
  return { form: t.failed.unavailable }
}

/** Retry-After (seconds, or an HTTP date) in whole minutes, at least one. */
export function minutesOf(retryAfter: string | null, now = Date.now()): number {
  const value = retryAfter?.trim() ?? ''
  const seconds = /^\d+$/.test(value) ? Number(value) : (Date.parse(value) - now) / 1000
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds / 60)) : 1
}
