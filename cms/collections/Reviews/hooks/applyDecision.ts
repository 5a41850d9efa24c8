import type { CollectionAfterChangeHook } from 'payload'
import { idOf } from '../../../access/roles'
import { recordAudit } from '../../../audit/record-audit'
import type { ReviewedCollection } from '../../../reviews/claim-fields'
import { notifyProducer } from '../../../reviews/notify-producer'
import { publishReviewedDraft } from '../../../reviews/publish-reviewed-draft'
import type { ReviewChange } from '../../../reviews/review-changes'

/**
 * A submission goes into the audit trail; a decision publishes the draft (when it was waiting),
 * goes into the trail with the comment, and is mailed to the producer.
 */
export const applyDecision: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.seeding) return doc
  const kind = doc.kind as ReviewedCollection
  const subject = kind === 'products' ? idOf(doc.product) : idOf(doc.producer)
  const changes = ((doc.changes ?? []) as ReviewChange[]).map((c) => ({ field: c.field, from: c.from, to: c.to }))
  const base = { entity: kind, id: subject, title: doc.title, province: doc.province, changes }
  if (operation === 'create') {
    const live = doc.status === 'live'
    await recordAudit(req, {
      ...base,
      action: 'submit',
      summary: live ? `Đăng ngay, duyệt sau / published at once, to be reviewed: ${doc.title}` : `Gửi duyệt / submitted for review: ${doc.title}`,
    })
    return doc
  }
  if (doc.status === previousDoc?.status || (doc.status !== 'approved' && doc.status !== 'sent-back')) return doc
  if (doc.status === 'approved' && previousDoc?.status === 'pending' && subject !== undefined) {
    await publishReviewedDraft(req, kind, subject, doc.draftVersion)
  }
  const approved = doc.status === 'approved'
  const comment = doc.comment ? ` (${doc.comment})` : ''
  await recordAudit(req, {
    ...base,
    action: approved ? 'approve' : 'send-back',
    summary: approved ? `Duyệt / approved: ${doc.title}${comment}` : `Trả lại / sent back: ${doc.title}${comment}`,
  })
  await notifyProducer(req, { id: doc.id, status: doc.status, title: doc.title, comment: doc.comment, producer: idOf(doc.producer) as number })
  return doc
}
