import type { IndexRecord } from '../../build-index-record'
import { toFilterKey } from '../../build-index-record'
import type { EnquiryScope, SearchFilters } from '../../types'

type Predicate = (record: IndexRecord) => boolean

function anyOf<T>(wanted: readonly T[] | undefined, value: (record: IndexRecord) => T | readonly T[] | undefined): Predicate | null {
  if (!wanted || wanted.length === 0) return null
  const set = new Set(wanted)
  return (record) => {
    const actual = value(record)
    if (actual === undefined) return false
    return Array.isArray(actual) ? actual.some((item) => set.has(item)) : set.has(actual as T)
  }
}

/**
 * One predicate for the filters and the enquiry scope: values within a filter OR, filters AND.
 * Text values are compared folded, like Meilisearch's filters on the `*Key(s)` fields.
 */
export function buildFilterPredicate(filters: SearchFilters, scope?: EnquiryScope): Predicate {
  const fold = (values: readonly string[] | undefined) => values?.map(toFilterKey)
  const predicates = [
    anyOf(filters.kind, (record) => record.kind),
    anyOf(fold(filters.productGroup), (record) => record.productGroupKey),
    anyOf(fold(filters.province), (record) => record.provinceKeys),
    anyOf(filters.awardLevel, (record) => record.awardLevel),
    anyOf(filters.awardYear, (record) => record.awardYear),
    anyOf(fold(filters.certification), (record) => record.certificationKeys),
    anyOf(filters.status, (record) => record.status),
    scope && 'producerId' in scope ? (record: IndexRecord) => record.producerId === scope.producerId : null,
    scope && 'staff' in scope && scope.provinceIds ? anyOf(scope.provinceIds, (record) => record.provinceId) : null,
  ].filter((predicate): predicate is Predicate => predicate !== null)
  return (record) => predicates.every((predicate) => predicate(record))
}
