import type { CollectionAfterChangeHook } from 'payload'
import { ANNOUNCE_TASK } from '../../../jobs/announceCall'

/**
 * A call just published (new, or a draft made public) is announced to the producers it fits by a
 * retried job, queued with `req` so it exists only if the publication commits.
 */
export const queueAnnouncement: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context?.announcing || req.context?.seeding || doc._status !== 'published') return doc
  if (previousDoc?._status === 'published') return doc
  await req.payload.jobs.queue({ task: ANNOUNCE_TASK, input: { callId: doc.id }, req })
  return doc
}
