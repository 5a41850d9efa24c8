import { toFilterKey, type IndexRecord } from '../../build-index-record'
import { FILTER_FIELDS, FOLDED_FILTERS } from '../../settings/index-settings'
import type { EnquiryScope, SearchFilters } from '../../types'

/**
 * Filters as postings: for each filterable field and value, the documents holding it. A filter then
 * costs the length of its lists instead of a predicate over every record, which is what makes
 * browsing 100,000 products by province cheap. Values within a filter OR, filters AND; text values
 * are compared folded, like Meilisearch's filters on the `*Key(s)` fields. Removed documents stay
 * in the lists and are skipped, as in the term index.
 */
/** Record fields filtered on: the filters' (index-settings.ts, as for Meilisearch) and the enquiry scope's. */
const FIELDS = [...new Set([...Object.values(FILTER_FIELDS), 'producerId', 'provinceId'])] as (keyof IndexRecord)[]

/** Field → value → documents holding it. Numbers are keyed by their text, as filters may give either. */
export type FilterIndex = Map<string, Map<string, number[]>>

const valueKey = (value: string | number): string => (typeof value === 'string' ? value : String(value))

function docsOf(index: FilterIndex, field: string, value: string | number): readonly number[] {
  return index.get(field)?.get(valueKey(value)) ?? []
}

export function addToFilterIndex(index: FilterIndex, doc: number, record: IndexRecord): void {
  for (const field of FIELDS) {
    const value = record[field]
    if (value === undefined) continue
    let byValue = index.get(field)
    if (!byValue) {
      byValue = new Map()
      index.set(field, byValue)
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      const key = valueKey(item)
      const list = byValue.get(key)
      // A value a record lists twice is the same value: the document is already last in its list.
      if (list) {
        if (list[list.length - 1] !== doc) list.push(doc)
      } else byValue.set(key, [doc])
    }
  }
}

/** The documents a query may return, or null when nothing is filtered. */
export interface AllowedDocs {
  /** The allowed live documents. */
  readonly docs: Int32Array
  /** True for an allowed document. */
  readonly has: (doc: number) => boolean
}

/** The active filters as [record field, wanted values], the enquiry scope added on the server. */
function activeFilters(filters: SearchFilters, scope: EnquiryScope | undefined): [string, readonly (string | number)[]][] {
  const active: [string, readonly (string | number)[]][] = []
  for (const [name, values] of Object.entries(filters) as [keyof SearchFilters, readonly (string | number)[] | undefined][]) {
    if (!values || values.length === 0) continue
    active.push([FILTER_FIELDS[name], FOLDED_FILTERS.has(name) ? values.map((value) => toFilterKey(String(value))) : values])
  }
  // A producer sees its own enquiries; staff limited to provinces, those provinces' enquiries.
  if (scope && 'producerId' in scope) active.push(['producerId', [scope.producerId]])
  if (scope && 'staff' in scope && scope.provinceIds) active.push(['provinceId', scope.provinceIds])
  return active
}

export function allowedDocs(
  index: FilterIndex,
  records: readonly (IndexRecord | undefined)[],
  filters: SearchFilters,
  scope?: EnquiryScope,
): AllowedDocs | null {
  const active = activeFilters(filters, scope)
  if (active.length === 0) return null
  // passed[doc] counts the filters a document has met so far; each filter's values are checked in
  // turn, and a document counts once per filter however many of its values it holds.
  const passed = new Uint8Array(records.length)
  active.forEach(([field, values], round) => {
    for (const value of values) {
      for (const doc of docsOf(index, field, value)) if (passed[doc] === round) passed[doc] = round + 1
    }
  })
  const all = active.length
  const [lastField, lastValues] = active.at(-1)!
  // Every allowed document is in the last filter's lists: their lengths bound the count.
  const docs = new Int32Array(lastValues.reduce<number>((total, value) => total + docsOf(index, lastField, value).length, 0))
  let count = 0
  for (const value of lastValues) {
    for (const doc of docsOf(index, lastField, value)) {
      if (passed[doc] !== all || records[doc] === undefined) continue
      passed[doc] = all + 1
      docs[count++] = doc
    }
  }
  return { docs: docs.subarray(0, count), has: (doc) => passed[doc] === all + 1 }
}
