/**
 * Staff verifying a claim (a certificate, a support row) against its evidence, or withdrawing
 * that, goes into the audit trail with who and when, like the verification of a producer.
 */
import type { CollectionAfterChangeHook } from 'payload'
import { recordAudit } from '../audit/record-audit'
import { idOf, type Ref } from '../access/roles'

type Row = { id?: string | null; verified?: boolean | null; kind?: string | null; year?: number | null; evidence?: Ref }
const CLAIMS = [
  { field: 'certifications', vi: 'chứng nhận', en: 'certification' },
  { field: 'support', vi: 'hỗ trợ khuyến công', en: 'support received' },
] as const

export const auditClaimVerification: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context, collection }) => {
  if (context.seeding) return doc
  for (const claim of CLAIMS) {
    const before = new Map(((previousDoc?.[claim.field] ?? []) as Row[]).map((row) => [row.id, Boolean(row.verified)]))
    for (const row of (doc[claim.field] ?? []) as Row[]) {
      const was = before.get(row.id) ?? false
      if (was === Boolean(row.verified)) continue
      const what = [row.kind, row.year].filter(Boolean).join(' ')
      await recordAudit(req, {
        action: row.verified ? 'verify' : 'unverify',
        entity: collection.slug,
        id: doc.id,
        title: doc.brandName ?? doc.name,
        summary: row.verified
          ? `Xác minh ${claim.vi} ${what} / ${claim.en} verified${row.evidence ? ` (tài liệu / evidence #${idOf(row.evidence)})` : ''}`
          : `Bỏ xác minh ${claim.vi} ${what} / ${claim.en} verification removed`,
        changes: [{ field: `${claim.field}.verified`, from: was, to: Boolean(row.verified) }],
        province: doc.province,
      })
    }
  }
  return doc
}
