import type { CollectionAfterChangeHook } from 'payload'
import { recordAudit } from '../../../audit/record-audit'

/** The centre's verification of a producer, given or withdrawn, goes into the audit trail. */
export const auditVerification: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.seeding) return doc
  const before = Boolean(previousDoc?.verified)
  const after = Boolean(doc.verified)
  if (before === after || (operation === 'create' && !after)) return doc
  await recordAudit(req, {
    action: after ? 'verify' : 'unverify',
    entity: 'producers',
    id: doc.id,
    title: doc.brandName,
    summary: after ? `Trung tâm xác minh cơ sở / producer verified: ${doc.brandName}` : `Bỏ xác minh cơ sở / verification removed: ${doc.brandName}`,
    changes: [{ field: 'verified', from: before, to: after }],
    province: doc.province,
  })
  return doc
}
