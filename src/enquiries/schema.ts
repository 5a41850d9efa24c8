/**
 * What a buyer may send, checked with zod. The same rules serve the JSON API and the form without
 * JavaScript: values arrive as strings or as JSON types, are cleaned of control characters, and
 * each wrong field reports one error code (see messages.ts for the sentences).
 */
import { z } from 'zod'
import { isEmailAddress } from '../email/email-address'
import { BUYER_TYPES, LANGUAGES, LIMITS, MESSAGE_MIN } from './limits'
import type { ErrorCode, FieldError } from './messages'
import { cleanLine, cleanText } from '../text/clean-text'

export { BUYER_TYPES, HONEYPOT_FIELD, LANGUAGES, LIMITS, MESSAGE_MIN, type BuyerType } from './limits'

import { ENQUIRY_FIELDS, type EnquiryField } from './fields'

export { ENQUIRY_FIELDS, type EnquiryField }

const asString = (value: unknown): unknown => (typeof value === 'number' || typeof value === 'boolean' ? String(value) : value)
const line = (value: unknown) => {
  const v = asString(value)
  return typeof v === 'string' ? cleanLine(v) : v
}
const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value)

const requiredLine = (max: number) => z.preprocess(line, z.string({ error: 'required' }).min(1, 'required').max(max, `tooLong:${max}`))
const optionalLine = (max: number) => z.preprocess((v) => emptyToUndefined(line(v)), z.string({ error: 'required' }).max(max, `tooLong:${max}`).optional())
const id = z.preprocess(
  (v) => emptyToUndefined(line(v)),
  z
    .string({ error: 'target' })
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'target')
    .optional(),
)

const PHONE = /^\+?[0-9(][0-9 .()-]*$/
const digitCount = (value: string) => value.replace(/\D/g, '').length

const QUANTITY = /^\d+(?:[.,]\d+)?$/
const toQuantity = (value: unknown) => {
  const v = emptyToUndefined(line(value))
  if (v === undefined || typeof v === 'number') return v
  return typeof v === 'string' && QUANTITY.test(v) ? Number(v.replace(',', '.')) : Number.NaN
}

const TRUE = new Set(['true', 'on', '1', 'yes'])
const toConsent = (value: unknown) => value === true || (typeof value === 'string' && TRUE.has(value.trim().toLowerCase()))

export const enquirySchema = z
  .object({
    product: id,
    producer: id,
    name: requiredLine(LIMITS.name),
    company: optionalLine(LIMITS.company),
    buyerType: z.preprocess(line, z.enum(BUYER_TYPES, { error: (issue) => (issue.input === '' || issue.input === undefined ? 'required' : 'choice') })),
    country: requiredLine(LIMITS.country),
    email: z.preprocess(line, z.string({ error: 'required' }).min(1, 'required').max(LIMITS.email, `tooLong:${LIMITS.email}`).refine(isEmailAddress, 'email')),
    phone: z.preprocess(
      (v) => emptyToUndefined(line(v)),
      z
        .string({ error: 'phone' })
        .max(LIMITS.phone, 'phone')
        .refine((v) => PHONE.test(v) && digitCount(v) >= 6 && digitCount(v) <= 15, 'phone')
        .optional(),
    ),
    quantity: z.preprocess(toQuantity, z.number({ error: 'quantity' }).positive('quantity').max(1e9, 'quantity').optional()),
    unit: optionalLine(LIMITS.unit),
    market: optionalLine(LIMITS.market),
    message: z.preprocess(
      (v) => {
        const s = asString(v)
        return typeof s === 'string' ? cleanText(s) : s
      },
      z.string({ error: 'required' }).min(1, 'required').min(MESSAGE_MIN, `tooShort:${MESSAGE_MIN}`).max(LIMITS.message, `tooLong:${LIMITS.message}`),
    ),
    language: z.preprocess((v) => emptyToUndefined(line(v)), z.enum(LANGUAGES, { error: 'choice' }).optional()),
    consent: z.preprocess(toConsent, z.literal(true, { error: 'consent' })),
    idempotencyKey: z.preprocess(line, z.string({ error: 'idempotencyKey' }).regex(/^[A-Za-z0-9_-]{16,100}$/, 'idempotencyKey')),
  })
  .superRefine((value, ctx) => {
    if (!value.product && !value.producer) ctx.addIssue({ code: 'custom', path: ['product'], message: 'target' })
    if (value.quantity !== undefined && !value.unit) ctx.addIssue({ code: 'custom', path: ['unit'], message: 'unitNeeded' })
  })

export type EnquiryInput = z.infer<typeof enquirySchema>

export type ParseResult = { ok: true; value: EnquiryInput } | { ok: false; errors: Partial<Record<EnquiryField, FieldError>> }

function toFieldError(message: string): FieldError {
  const [code, n] = message.split(':') as [ErrorCode, string | undefined]
  if (n === undefined) return { code }
  return { code, params: code === 'tooShort' ? { min: Number(n) } : { max: Number(n) } }
}

/** Validates a submission; on failure, one error per field (the first the schema found). */
export function parseEnquiry(raw: Record<string, unknown>): ParseResult {
  const result = enquirySchema.safeParse(raw)
  if (result.success) return { ok: true, value: result.data }
  const errors: Partial<Record<EnquiryField, FieldError>> = {}
  for (const issue of result.error.issues) {
    const field = (issue.path[0] ?? 'product') as EnquiryField
    errors[field] ??= toFieldError(issue.message)
  }
  return { ok: false, errors }
}

/**
 * What the buyer typed, cleaned of control characters, to put back into the form after an error:
 * nothing typed is lost. Only known fields, as strings.
 */
export function echoValues(raw: Record<string, unknown>): Partial<Record<EnquiryField, string>> {
  const values: Partial<Record<EnquiryField, string>> = {}
  for (const field of ENQUIRY_FIELDS) {
    const value = asString(raw[field])
    if (typeof value !== 'string') continue
    values[field] = field === 'message' ? cleanText(value) : cleanLine(value)
  }
  if (raw.consent !== undefined) values.consent = toConsent(raw.consent) ? 'true' : ''
  return values
}
