/**
 * Accepts one validated enquiry: the enquiry and the job that notifies the producer, sends the
 * buyer a copy and indexes it are committed together before this resolves. A submission whose
 * idempotency key is already stored returns the stored enquiry instead of making a second one.
 */
import type { Payload } from 'payload'
import { EnquiryError } from '../../src/enquiries/errors'
import type { EnquiryCreateContext } from '../collections/Enquiries/hooks/prepareEnquiry'
import { EnquiryBusyError, enquiryWriterFor, type EnquiryDraft, type WriteResult } from './enquiry-group-commit'
import { resolveTarget } from './resolve-target'
import type { EnquiryInput } from '../../src/enquiries/schema'
import type { Locale } from '../../src/enquiries/messages'

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
  const context: EnquiryCreateContext = {
    enquiryTarget: { producerId: target.producerId, provinceId: target.provinceId ?? null },
    enquiryNow: now.toISOString(),
    responseWorkingDays: options.responseWorkingDays,
  }
  const data = {
    status: 'new' as const,
    product: target.productId ?? null,
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
    language: input.language ?? options.locale ?? 'vi',
    consent: true,
    idempotencyKey: input.idempotencyKey,
  }
  // A conflict with no enquiry under this key means the reference drawn was taken (one chance in
  // hundreds of millions): the hook draws another on the next attempt.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    let result: WriteResult
    try {
      result = await enquiryWriterFor(payload).write({ data: data as EnquiryDraft['data'], context }, options.beforeCommit)
    } catch (error) {
      if (error instanceof EnquiryBusyError) throw new EnquiryError('busy', error.message, { cause: error })
      throw error
    }
    if (result.status === 'created') return { id: result.id, reference: result.reference, replayed: false }
    const stored = await findEnquiryByKey(payload, input.idempotencyKey)
    if (stored) return replayOf(stored, input.email)
  }
  throw new EnquiryError('unavailable', 'could not store the enquiry after several attempts')
}
