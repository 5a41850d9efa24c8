import type { IndexRecord } from '../../build-index-record'
import type { FacetName } from '../../types'

type Reader =
  | { readonly list: false; readonly read: (record: IndexRecord) => string | undefined }
  | { readonly list: true; readonly read: (record: IndexRecord) => readonly (string | number)[] }

/**
 * One reader per facet, each reading a fixed property, and separate loops for single values and
 * lists: both keep V8 on its fast paths (about twice as fast as `record[field]`). Mirrors
 * FACET_FIELDS in settings/index-settings.ts.
 */
const READERS: Readonly<Record<FacetName, Reader>> = {
  kind: { list: false, read: (record) => record.kind },
  productGroup: { list: false, read: (record) => record.productGroup },
  province: { list: false, read: (record) => record.province },
  status: { list: false, read: (record) => record.status },
  awardLevel: { list: true, read: (record) => record.awardLevel },
  awardYear: { list: true, read: (record) => record.awardYear },
  certification: { list: true, read: (record) => record.certification },
}

function count(records: readonly IndexRecord[], reader: Reader): Map<string | number, number> {
  const counts = new Map<string | number, number>()
  if (reader.list) {
    for (let i = 0; i < records.length; i += 1) {
      const values = reader.read(records[i]!)
      for (let j = 0; j < values.length; j += 1) counts.set(values[j]!, (counts.get(values[j]!) ?? 0) + 1)
    }
  } else {
    for (let i = 0; i < records.length; i += 1) {
      const value = reader.read(records[i]!)
      if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1)
    }
  }
  return counts
}

/** Facet value counts over every matching record (conjunctive: the active filters apply). */
export function countFacets(records: readonly IndexRecord[], facets: readonly FacetName[]): Partial<Record<FacetName, Record<string, number>>> {
  const result: Partial<Record<FacetName, Record<string, number>>> = {}
  for (const facet of facets) {
    const out: Record<string, number> = {}
    for (const [value, n] of count(records, READERS[facet])) out[String(value)] = n
    result[facet] = out
  }
  return result
}
