/**
 * Accepts one validated enquiry: the enquiry and the job that notifies the producer, sends the
 * buyer a copy and indexes it are committed together before this resolves. A submission whose
 * idempotency key is already stored returns the stored enquiry instead of making a second one.
 */
import type { Payload } from 'payload'
import { EnquiryError } from './errors'
import { enquiryWriterFor } from './persist/enquiryWriter'
import { makeReference } from './reference'
import { resolveTarget } from './resolveTarget'
import type { EnquiryInput } from './schema'
import type { Locale } from './messages'
import { addWorkingDays } from './workingDays'

export type SubmitOptions = {
  now?: Date
  /** The page's language, used when the buyer did not choose one. */
  locale?: Locale
  responseWorkingDays?: number
  /** Runs after the enquiry is written and before it is committed (fault tests). */
  beforeCommit?: () => void | Promise<void>
}

export type SubmitResult = { id: number | string; reference: string; replayed: boolean }

type Stored = { id: number | string; reference?: string | null; email?: string | null }

export async function findEnquiryByKey(payload: Payload, idempotencyKey: string): Promise<Stored | undefined> {
  const found = await payload.db.findOne({ collection: 'enquiries', where: { idempotencyKey: { equals: idempotencyKey } } })
  return (found as Stored | null) ?? undefined
}

/** The stored enquiry for a retried submission, if the key was used by the same buyer. */
export function replayOf(stored: Stored, email: string): SubmitResult {
  if (String(stored.email ?? '').toLowerCase() !== email.toLowerCase()) throw new EnquiryError('keyReused', 'the idempotency key belongs to another enquiry')
  return { id: stored.id, reference: String(stored.reference), replayed: true }
}

export async function submitEnquiry(payload: Payload, input: EnquiryInput, options: SubmitOptions = {}): Promise<SubmitResult> {
  const now = options.now ?? new Date()
  const target = await resolveTarget(payload, { product: input.product, producer: input.producer }, now.getTime())
  const language = input.language ?? options.locale ?? 'vi'
  const dueAt = addWorkingDays(now, options.responseWorkingDays ?? 3)
  const writer = enquiryWriterFor(payload)

  // The input is validated, and the derived fields (reference, producer, province, deadline) are
  // set here, so the row is written as is; staff-entered enquiries go through the collection's hooks.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const reference = makeReference(now)
    const result = await writer.write(
      {
        reference,
        status: 'new',
        product: target.productId ?? null,
        producer: target.producerId,
        province: target.provinceId ?? null,
        name: input.name,
        company: input.company ?? null,
        buyerType: input.buyerType,
        country: input.country,
        email: input.email,
        phone: input.phone ?? null,
        quantity: input.quantity ?? null,
        unit: input.unit ?? null,
        market: input.market ?? null,
        message: input.message,
        language,
        consent: true,
        dueAt: dueAt.toISOString(),
        idempotencyKey: input.idempotencyKey,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      },
      options.beforeCommit,
    )
    if (result.status === 'created') return { id: result.id, reference, replayed: false }
    const stored = await findEnquiryByKey(payload, input.idempotencyKey)
    if (stored) return replayOf(stored, input.email)
    // Otherwise the reference was taken (one chance in hundreds of millions): draw another.
  }
  throw new EnquiryError('unavailable', 'could not store the enquiry after several attempts')
}
