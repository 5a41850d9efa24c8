/**
 * Whether a save changes a claim field (certifications, support, staff-only fields) against the
 * document as it was: compared by content, ignoring row ids and empty values, since the admin form
 * sends every field back whether or not it changed.
 */
import { CLAIM_FIELDS } from './claim-fields'

/** A row's staff-only fields: a producer cannot write them, so their absence from its save is no change. */
const STAFF_ONLY = new Set(['id', 'verified', 'evidence'])

export function normal(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null
  if (Array.isArray(value)) return value.map(normal)
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>
    if ('id' in v && Object.keys(v).length === 1) return v.id
    return Object.fromEntries(
      Object.keys(v)
        .filter((k) => !STAFF_ONLY.has(k) && normal(v[k]) !== null)
        .sort()
        .map((k) => [k, normal(v[k])]),
    )
  }
  return value
}

export function touchesClaims(data: Record<string, unknown>, before: Record<string, unknown> | undefined): boolean {
  return [...CLAIM_FIELDS].some((field) => field in data && JSON.stringify(normal(data[field])) !== JSON.stringify(normal(before?.[field])))
}
