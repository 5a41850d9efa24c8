/**
 * Payload marks a job "processing" while it runs and never un-marks it if the process dies in the
 * middle. Enquiry jobs stuck that way for longer than any run can take are handed back to the
 * queue, so a kill during delivery delays the e-mails instead of losing them.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import { DELIVER_TASK } from '../../src/enquiries/task-slugs'

export const STUCK_AFTER_MS = 15 * 60_000

export async function releaseStuckEnquiryJobs(payload: Payload, options: { now: Date; req?: PayloadRequest }): Promise<number> {
  const before = new Date(options.now.getTime() - STUCK_AFTER_MS).toISOString()
  const where: Where = { and: [{ taskSlug: { equals: DELIVER_TASK } }, { processing: { equals: true } }, { updatedAt: { less_than: before } }] }
  const stuck = await payload.db.find({ collection: 'payload-jobs', where, limit: 100, pagination: false, req: options.req })
  for (const job of stuck.docs as { id: number | string }[]) {
    await payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { processing: false }, req: options.req, returning: false })
  }
  if (stuck.docs.length) payload.logger.warn({ msg: `enquiries: released ${stuck.docs.length} job(s) left processing by a stopped process` })
  return stuck.docs.length
}
