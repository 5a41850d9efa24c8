/**
 * What changed between two versions of a document, as a short list for the audit trail: only the
 * fields asked for, values flattened to text or numbers (a relationship shows its id), long text
 * cut so an event stays small.
 */
export type AuditChange = { field: string; from: string | number | boolean | null; to: string | number | boolean | null }

const MAX_TEXT = 120

type Value = AuditChange['from']

function flatten(value: unknown): Value {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'number' || typeof value === 'boolean') return value
  if (typeof value === 'string') return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value
  if (typeof value === 'object' && 'id' in value) return flatten((value as { id: unknown }).id)
  const text = JSON.stringify(value)
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text
}

/** Changes in `fields` from `before` to `after`; a missing `before` lists every set field. */
export function diffDocuments(
  before: Readonly<Record<string, unknown>> | undefined,
  after: Readonly<Record<string, unknown>>,
  fields: readonly string[],
): AuditChange[] {
  const changes: AuditChange[] = []
  for (const field of fields) {
    const from = before ? flatten(before[field]) : null
    const to = flatten(after[field])
    if (from !== to) changes.push({ field, from, to })
  }
  return changes
}

/** "level: provincial → national; year: 2023 → 2024", cut to `max` characters. */
export function describeChanges(changes: readonly AuditChange[], max = 300): string {
  const text = changes.map((c) => `${c.field}: ${c.from ?? '∅'} → ${c.to ?? '∅'}`).join('; ')
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
