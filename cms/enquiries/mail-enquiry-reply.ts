/**
 * Sends a producer's reply to the buyer, for the reply job. Stamped replyMailedAt once sent, so a
 * retried or repeated job never sends it twice; a failure throws, and the job retries it.
 */
import type { Payload, PayloadRequest } from 'payload'
import { replyMail, type ReplyEnquiry } from '../../src/enquiries/mail/reply-mail'
import { idOf, type Ref } from '../access/roles'
import { sendMail, stamp } from './deliver-enquiry'
import { producerRecipients } from './recipients'

export type ReplyOutcome = 'sent' | 'done-before' | 'nothing-to-send'

export async function mailEnquiryReply(payload: Payload, enquiryId: number | string, req?: PayloadRequest, now = () => new Date()): Promise<ReplyOutcome> {
  const enquiry = await payload.findByID({ collection: 'enquiries', id: enquiryId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!enquiry?.reply || enquiry.replyChannel !== 'email') return 'nothing-to-send'
  if (enquiry.replyMailedAt) return 'done-before'
  const producerId = idOf(enquiry.producer as Ref)
  const producer = producerId === undefined ? { emails: [], name: '' } : await producerRecipients(payload, producerId, req)
  // The producer's contact address comes first in its list: the buyer's answer goes there.
  await sendMail(payload, replyMail(enquiry as ReplyEnquiry, producer.name, producer.emails[0]))
  await stamp(payload, enquiry.id, { replyMailedAt: now().toISOString() }, req)
  return 'sent'
}
