import { toFilterKey } from '../../build-index-record'
import { FILTER_FIELDS, FOLDED_FILTERS } from '../../settings/index-settings'
import type { EnquiryScope, SearchFilters } from '../../types'

/** A string literal in Meilisearch's filter syntax. */
function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/**
 * Meilisearch filter expressions, one per active filter (the array is AND-ed); values within a
 * filter are OR-ed with IN. Text values are folded and matched on the `*Key(s)` fields. The enquiry
 * scope is added here, on the server, never taken from the request.
 */
export function buildMeilisearchFilter(filters: SearchFilters, scope?: EnquiryScope): string[] {
  const expressions: string[] = []
  for (const [name, values] of Object.entries(filters) as [keyof SearchFilters, readonly (string | number)[] | undefined][]) {
    if (!values || values.length === 0) continue
    const literals = values.map((value) => (typeof value === 'number' ? String(value) : quote(FOLDED_FILTERS.has(name) ? toFilterKey(value) : value)))
    expressions.push(`${FILTER_FIELDS[name]} IN [${literals.join(', ')}]`)
  }
  if (scope && 'producerId' in scope) expressions.push(`producerId = ${quote(scope.producerId)}`)
  if (scope && 'staff' in scope && scope.provinceIds) expressions.push(`provinceId IN [${scope.provinceIds.map(quote).join(', ')}]`)
  return expressions
}
