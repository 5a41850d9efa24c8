/**
 * Enquiries still unanswered at their deadline go to the centre staff of the producer's province
 * (or the national staff): each is marked "forwarded" with the time, and the staff are e-mailed.
 * The mail goes first and the mark after it, so an outage means a later run tries again (at worst
 * staff get a second e-mail), never an escalation nobody heard about. `now` is a parameter so
 * tests drive the clock.
 */
import type { Payload, PayloadRequest } from 'payload'
import { mailContextFor, sendMail, type DeliverOptions } from './deliver-enquiry'
import { escalationNotice } from '../../src/enquiries/mail/enquiry-mails'
import type { Enquiry } from '../payload-types'
import { provinceStaffRecipients } from './recipients'

export type EscalateOptions = { now: Date; adminUrl: string; workingDays: number; req?: PayloadRequest; limit?: number }
export type EscalationResult = {
  escalated: { id: number | string; reference: Enquiry['reference']; to: string[] }[]
  failed: { id: number | string; error: string }[]
}

export async function escalateOverdueEnquiries(payload: Payload, options: EscalateOptions): Promise<EscalationResult> {
  const overdue = await payload.find({
    collection: 'enquiries',
    where: { and: [{ status: { equals: 'new' } }, { dueAt: { less_than_equal: options.now.toISOString() } }, { escalatedAt: { exists: false } }] },
    sort: 'dueAt',
    depth: 0,
    limit: options.limit ?? 100,
    pagination: false,
    overrideAccess: true,
    req: options.req,
  })
  const result: EscalationResult = { escalated: [], failed: [] }
  const deliver: DeliverOptions = { adminUrl: options.adminUrl, workingDays: options.workingDays, req: options.req }
  for (const doc of overdue.docs) {
    try {
      const { context, provinceId } = await mailContextFor(payload, doc, deliver, 'vi')
      const to = await provinceStaffRecipients(payload, provinceId, options.req)
      if (to.length) await sendMail(payload, escalationNotice(doc, context, to))
      // Through Payload, so the search plugin's hook re-indexes the new status.
      await payload.update({
        collection: 'enquiries',
        id: doc.id,
        data: { status: 'forwarded', escalatedAt: options.now.toISOString() },
        overrideAccess: true,
        depth: 0,
        req: options.req,
      })
      result.escalated.push({ id: doc.id, reference: doc.reference, to })
    } catch (error) {
      payload.logger.warn({ err: error, msg: `enquiry ${doc.reference}: escalation failed; the next run retries` })
      result.failed.push({ id: doc.id, error: (error as Error).message })
    }
  }
  return result
}
