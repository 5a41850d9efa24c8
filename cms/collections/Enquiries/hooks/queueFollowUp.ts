import type { CollectionAfterChangeHook } from 'payload'
import { idOf } from '../../../access/roles'
import { DELIVER_TASK, REPLY_TASK } from '../../../../src/enquiries/task-slugs'

/**
 * New enquiries entered in the admin get the full delivery (producer notice, buyer copy, index);
 * a reassigned one is delivered to its new producer. Queued with `req`, so the job commits with
 * the change. A reply written in the admin is mailed to the buyer the same way: the job commits with
 * the reply or not at all. (Re-indexing after any change is the search plugin's hook.)
 */
export const queueFollowUp: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  // Seed and reindex runs write demo or existing data: nobody is to be e-mailed for it.
  if (context?.seeding) return doc
  const input = { enquiryId: String(doc.id) }
  if (operation === 'create') {
    await req.payload.jobs.queue({ task: DELIVER_TASK, input, req })
    return doc
  }
  if (doc.replyChannel === 'email' && !previousDoc?.replyChannel) await req.payload.jobs.queue({ task: REPLY_TASK, input, req })
  const reassigned = String(idOf(doc.producer)) !== String(idOf(previousDoc?.producer))
  if (reassigned) await req.payload.jobs.queue({ task: DELIVER_TASK, input, req })
  return doc
}
