/**
 * Approval publishes the submitted draft through Payload's public API (`_status: 'published'` on
 * the latest version), with the approver's `req`: the document's own hooks run (search sync, award
 * titles, province scope) in the same transaction as the decision.
 */
import type { PayloadRequest } from 'payload'
import type { ReviewedCollection } from './claim-fields'
import { readSubject } from './read-subject'
import { DraftMovedOn } from './review-refusals'

export async function publishReviewedDraft(req: PayloadRequest, collection: ReviewedCollection, id: number | string, draftVersion: string | null | undefined) {
  const { latestVersion } = await readSubject(req, collection, id)
  // Approving a draft the producer changed since would publish what nobody reviewed.
  if (draftVersion && latestVersion !== draftVersion) throw new DraftMovedOn()
  await req.payload.update({ collection, id, data: { _status: 'published' }, draft: false, overrideAccess: true, req, context: { reviewApproved: true } })
}
