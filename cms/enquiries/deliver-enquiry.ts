/**
 * The work queued with every enquiry, run by the jobs queue and retried until it succeeds: tell
 * the producer, send the buyer a copy. (Indexing for staff search is the search plugin's sync job,
 * queued with the enquiry like for every other collection.) Each step that succeeds is stamped on
 * the enquiry (notifiedAt, buyerCopiedAt), so a retry after a mail outage repeats only what
 * failed, and one outage never holds up the other step.
 */
import type { Payload, PayloadRequest } from 'payload'
import { buyerCopy, producerNotice, type MailContext } from '../../src/enquiries/mail/enquiry-mails'
import type { Mail } from '../../src/enquiries/mail/format'
import { producerRecipients, provinceStaffRecipients } from './recipients'
import { idOf } from '../access/roles'
import type { Enquiry } from '../payload-types'

export type StepOutcome = 'sent' | 'done-before' | 'skipped' | 'failed'
export type DeliveryOutcome = { gone?: true; producer?: StepOutcome; buyer?: StepOutcome }
export type DeliverOptions = { req?: PayloadRequest; adminUrl: string; workingDays: number; now?: () => Date }

type Localized = string | { vi?: string | null; en?: string | null } | null | undefined
const pick = (value: Localized, locale: 'vi' | 'en') =>
  typeof value === 'string' ? value : (value?.[locale] ?? value?.vi ?? value?.en ?? undefined) || undefined

export class DeliveryIncompleteError extends Error {
  override name = 'DeliveryIncompleteError'
}

export async function sendMail(payload: Payload, mail: Mail): Promise<void> {
  await payload.sendEmail({ to: mail.to, subject: mail.subject, text: mail.text, ...(mail.replyTo ? { replyTo: mail.replyTo } : {}) })
}

export async function stamp(payload: Payload, id: number | string, data: Record<string, unknown>, req?: PayloadRequest): Promise<void> {
  // The adapter's update: markers are bookkeeping, not an edit, and must not re-trigger hooks. Nor
  // move updatedAt (null keeps it, on both database adapters): the admin compares it, and a producer
  // who opened the enquiry before a stamp landed was told someone else had changed it.
  await payload.db.updateOne({ collection: 'enquiries', id, data: { ...data, updatedAt: null }, req, returning: false })
}

/** What the e-mails and the index need to know about an enquiry's product, producer and province. */
export async function mailContextFor(
  payload: Payload,
  enquiry: Pick<Enquiry, 'producer' | 'product' | 'province'>,
  options: DeliverOptions,
  locale: 'vi' | 'en',
) {
  const producerId = idOf(enquiry.producer)
  const productId = idOf(enquiry.product)
  const producer = producerId === undefined ? { emails: [], name: '', provinceId: undefined } : await producerRecipients(payload, producerId, options.req)
  const product =
    productId === undefined
      ? null
      : ((await payload.findByID({
          collection: 'products',
          id: productId,
          depth: 0,
          draft: true,
          locale: 'all',
          overrideAccess: true,
          disableErrors: true,
          req: options.req,
        })) as Record<string, unknown> | null)
  const provinceId = idOf(enquiry.province) ?? producer.provinceId
  const province =
    provinceId === undefined
      ? null
      : ((await payload.findByID({ collection: 'provinces', id: provinceId, depth: 0, overrideAccess: true, disableErrors: true, req: options.req })) as Record<
          string,
          unknown
        > | null)
  const context: MailContext = {
    adminUrl: options.adminUrl,
    producerName: producer.name,
    productName: pick(product?.name as Localized, locale),
    provinceName: pick(province?.name as Localized, 'vi'),
    workingDays: options.workingDays,
  }
  return { context, producer, provinceId }
}

export async function deliverEnquiry(payload: Payload, enquiryId: number | string, options: DeliverOptions): Promise<DeliveryOutcome> {
  const enquiry = await payload.findByID({
    collection: 'enquiries',
    id: enquiryId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req: options.req,
  })
  if (!enquiry) return { gone: true }
  const now = options.now ?? (() => new Date())
  const outcome: DeliveryOutcome = {}
  const failures: string[] = []
  const spam = enquiry.status === 'spam'

  const step = async (name: 'producer' | 'buyer', marker: 'notifiedAt' | 'buyerCopiedAt', run: () => Promise<StepOutcome>) => {
    if (enquiry[marker]) {
      outcome[name] = 'done-before'
      return
    }
    try {
      outcome[name] = await run()
      if (outcome[name] === 'sent') await stamp(payload, enquiry.id, { [marker]: now().toISOString() }, options.req)
    } catch (error) {
      outcome[name] = 'failed'
      failures.push(`${name}: ${(error as Error).message}`)
      payload.logger.warn({ err: error, msg: `enquiry ${String(enquiry.reference)}: ${name} step failed; the job will retry` })
    }
  }

  const vi = await mailContextFor(payload, enquiry, options, 'vi')
  await step('producer', 'notifiedAt', async () => {
    if (spam) return 'skipped'
    // A producer with no address at all: its province's staff are told instead, so someone acts.
    const to = vi.producer.emails.length ? vi.producer.emails : await provinceStaffRecipients(payload, vi.provinceId, options.req)
    if (!to.length) return 'skipped'
    await sendMail(payload, producerNotice(enquiry, vi.context, to))
    return 'sent'
  })
  await step('buyer', 'buyerCopiedAt', async () => {
    if (spam) return 'skipped'
    const own = enquiry.language === 'en' ? (await mailContextFor(payload, enquiry, options, 'en')).context : vi.context
    await sendMail(payload, buyerCopy(enquiry, own))
    return 'sent'
  })

  if (failures.length) throw new DeliveryIncompleteError(`enquiry ${String(enquiry.reference)} not fully delivered (${failures.join('; ')})`)
  return outcome
}
