import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { describeChanges, diffDocuments } from '../../../../src/audit/diff-documents'
import { recordAudit } from '../../../audit/record-audit'

const FIELDS = [
  'product',
  'level',
  'region',
  'year',
  'round',
  'awardingBody',
  'decisionNumber',
  'decisionDate',
  'certificateNumber',
  'productGroup',
  'province',
  'provinceNameAtAward',
  'validUntil',
  'evidence',
]

/** Set by the award import, so the trail says which import made the change. */
export const IMPORT_CONTEXT = 'importId'

const via = (context: Record<string, unknown>) => (context[IMPORT_CONTEXT] ? ` (nhập từ tệp / import #${context[IMPORT_CONTEXT]})` : '')

/** Every award created, changed or deleted leaves an event; the seed's bulk load does not. */
export const auditAwardChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.seeding) return doc
  const changes = diffDocuments(operation === 'create' ? undefined : previousDoc, doc, FIELDS)
  if (operation === 'update' && changes.length === 0) return doc
  const verb = operation === 'create' ? 'Tạo giải thưởng / award created' : `Sửa giải thưởng / award changed: ${describeChanges(changes, 200)}`
  await recordAudit(req, {
    action: operation,
    entity: 'awards',
    id: doc.id,
    title: doc.title,
    summary: `${verb}${via(context)}`,
    changes,
    province: doc.province,
  })
  return doc
}

export const auditAwardDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  if (context.seeding) return doc
  await recordAudit(req, {
    action: 'delete',
    entity: 'awards',
    id: doc.id,
    title: doc.title,
    summary: `Xóa giải thưởng / award deleted: ${doc.title ?? doc.id}${via(context)}`,
    changes: diffDocuments(doc, {}, FIELDS),
    province: doc.province,
  })
  return doc
}
