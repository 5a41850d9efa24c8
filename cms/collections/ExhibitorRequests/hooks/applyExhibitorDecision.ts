import type { CollectionAfterChangeHook } from 'payload'
import { idOf } from '../../../access/roles'
import type { ExhibitorRequest } from '../../../payload-types'
import { recordAudit } from '../../../audit/record-audit'
import { addExhibitor } from '../../../fairs/add-exhibitor'
import { notifyExhibitor } from '../../../fairs/notify-exhibitor'

/**
 * When staff decide: an accepted producer joins the fair's exhibitors (booth and products with it),
 * the audit trail records the decision, both in the decision's transaction; then the producer is
 * mailed and the request stamped `notifiedAt`.
 */
export const applyExhibitorDecision: CollectionAfterChangeHook<ExhibitorRequest> = async ({ doc, previousDoc, operation, req, context }) => {
  if (context?.exhibitorNotified || operation !== 'update') return doc
  if ((doc.status !== 'accepted' && doc.status !== 'declined') || previousDoc?.status === doc.status) return doc
  const fairId = idOf(doc.fair) as number
  const producerId = idOf(doc.producer) as number
  const products = (doc.products ?? []).map((p) => idOf(p)).filter((p) => p !== undefined)
  if (doc.status === 'accepted') await addExhibitor(req, { fair: fairId, producer: producerId, booth: doc.booth, products })
  const accepted = doc.status === 'accepted'
  await recordAudit(req, {
    action: accepted ? 'accept' : 'decline',
    entity: 'exhibitor-requests',
    id: doc.id,
    title: doc.title,
    summary: accepted
      ? `Nhận tham gia hội chợ${doc.booth ? `, gian hàng ${doc.booth}` : ''} / Accepted as an exhibitor${doc.booth ? `, booth ${doc.booth}` : ''}`
      : `Không nhận tham gia: ${doc.reason ?? ''} / Declined: ${doc.reason ?? ''}`,
    changes: [
      { field: 'status', from: previousDoc?.status ?? null, to: doc.status },
      ...(accepted ? [{ field: 'booth', from: null, to: doc.booth ?? null }] : [{ field: 'reason', from: null, to: doc.reason ?? null }]),
    ],
    province: doc.province,
  })
  const fair = await req.payload.findByID({ collection: 'fairs', id: fairId, depth: 0, overrideAccess: true, locale: 'vi', select: { name: true }, req })
  const told = await notifyExhibitor(req, { id: doc.id, status: doc.status, producer: producerId, fairName: fair.name, booth: doc.booth, reason: doc.reason })
  if (!told) return doc
  const notifiedAt = new Date().toISOString()
  await req.payload.update({
    collection: 'exhibitor-requests',
    id: doc.id,
    data: { notifiedAt },
    overrideAccess: true,
    depth: 0,
    req,
    context: { exhibitorNotified: true },
  })
  return { ...doc, notifiedAt }
}
