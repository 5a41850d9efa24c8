/**
 * A claim the centre verified stays verified only as it was checked: when a producer adds a
 * certificate or support row, or changes one, that row goes back to "not verified" (and loses the
 * evidence) until staff check it again. Staff edits keep what they set. Runs after field access,
 * so the values written here are the ones saved.
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { producerOf, userOf } from '../access/roles'
import { normal } from './touches-claims'

type Row = Record<string, unknown> & { id?: unknown }
const CLAIM_ARRAYS = ['certifications', 'support'] as const

export const unverifyEditedClaims: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (producerOf(userOf(req)) === undefined) return data
  for (const field of CLAIM_ARRAYS) {
    const rows = data[field] as Row[] | undefined
    if (!Array.isArray(rows)) continue
    const before = new Map(((originalDoc?.[field] ?? []) as Row[]).map((row) => [String(row.id), row]))
    data[field] = rows.map((row) => {
      const was = row.id == null ? undefined : before.get(String(row.id))
      const unchanged = was && JSON.stringify(normal(row)) === JSON.stringify(normal(was))
      return unchanged ? { ...row, verified: was.verified ?? false, evidence: was.evidence ?? null } : { ...row, verified: false, evidence: null }
    })
  }
  return data
}
