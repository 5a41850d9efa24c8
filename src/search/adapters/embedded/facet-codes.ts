import type { IndexRecord } from '../../build-index-record'
import type { FacetName } from '../../types'

/**
 * Facet values as small integers, one dictionary per index, with each document's codes in arrays by
 * document number. Counting a facet over tens of thousands of hits is then a loop of typed-array
 * increments instead of string-keyed Map lookups: several times faster on broad queries.
 * Dictionaries only grow; a value no document uses any more counts 0 and is left out of the answer.
 */
export interface FacetDictionary {
  readonly codes: Map<string | number, number>
  readonly values: (string | number)[]
}
export type FacetDictionaries = Readonly<Record<FacetName, FacetDictionary>>

const SINGLE = ['kind', 'productGroup', 'province', 'status'] as const
const LISTS = ['awardLevel', 'awardYear', 'certification'] as const
const NONE = -1
const EMPTY: readonly number[] = []

/** Facet codes by document number: one code per single-valued facet, a list per multi-valued one. */
export interface FacetCodeTable {
  /** Typed arrays, grown by doubling: counting reads them in a tight loop. */
  readonly single: Record<(typeof SINGLE)[number], Int32Array>
  readonly lists: Readonly<Record<(typeof LISTS)[number], (readonly number[])[]>>
  /**
   * The same lists as bit masks, while the facet has at most 31 values (award levels and years
   * do): one typed-array read per document instead of an array per document.
   */
  readonly masks: Record<(typeof LISTS)[number], Int32Array>
}

const MASK_VALUES = 31

export function createFacetDictionaries(): FacetDictionaries {
  const dictionary = (): FacetDictionary => ({ codes: new Map(), values: [] })
  return {
    kind: dictionary(),
    productGroup: dictionary(),
    province: dictionary(),
    status: dictionary(),
    awardLevel: dictionary(),
    awardYear: dictionary(),
    certification: dictionary(),
  }
}

export function createFacetCodeTable(): FacetCodeTable {
  return {
    single: { kind: new Int32Array(64), productGroup: new Int32Array(64), province: new Int32Array(64), status: new Int32Array(64) },
    lists: { awardLevel: [], awardYear: [], certification: [] },
    masks: { awardLevel: new Int32Array(64), awardYear: new Int32Array(64), certification: new Int32Array(64) },
  }
}

function codeOf(dictionary: FacetDictionary, value: string | number): number {
  let code = dictionary.codes.get(value)
  if (code === undefined) {
    code = dictionary.values.length
    dictionary.values.push(value)
    dictionary.codes.set(value, code)
  }
  return code
}

/** `array`, or a copy twice as long when `index` is past its end. */
function withRoom(array: Int32Array, index: number): Int32Array {
  if (index < array.length) return array
  const grown = new Int32Array(Math.max(64, array.length * 2, index + 1))
  grown.set(array)
  return grown
}

/** Record a document's facet codes (at upsert or restore, before it can be searched). */
export function encodeFacets(dictionaries: FacetDictionaries, table: FacetCodeTable, doc: number, record: IndexRecord): void {
  for (const facet of SINGLE) {
    table.single[facet] = withRoom(table.single[facet], doc)
    const value = record[facet]
    table.single[facet][doc] = value === undefined ? NONE : codeOf(dictionaries[facet], value)
  }
  for (const facet of LISTS) {
    const values = record[facet] as readonly (string | number)[]
    const codes = values.length === 0 ? EMPTY : values.map((value) => codeOf(dictionaries[facet], value))
    table.lists[facet][doc] = codes
    table.masks[facet] = withRoom(table.masks[facet], doc)
    let mask = 0
    for (const code of codes) if (code < MASK_VALUES) mask |= 1 << code
    table.masks[facet][doc] = mask
  }
}

function countOne(dictionaries: FacetDictionaries, table: FacetCodeTable, docs: ArrayLike<number>, facet: FacetName): Record<string, number> {
  const dictionary = dictionaries[facet]
  const counts = new Int32Array(dictionary.values.length)
  if ((SINGLE as readonly string[]).includes(facet)) {
    const codes = table.single[facet as (typeof SINGLE)[number]]
    for (let i = 0; i < docs.length; i += 1) {
      const code = codes[docs[i]!]!
      if (code !== NONE) counts[code]! += 1
    }
  } else if (dictionary.values.length <= MASK_VALUES) {
    const masks = table.masks[facet as (typeof LISTS)[number]]
    for (let i = 0; i < docs.length; i += 1) {
      for (let mask = masks[docs[i]!]!; mask !== 0; mask &= mask - 1) counts[31 - Math.clz32(mask & -mask)]! += 1
    }
  } else {
    const lists = table.lists[facet as (typeof LISTS)[number]]
    for (let i = 0; i < docs.length; i += 1) {
      const codes = lists[docs[i]!]!
      for (let j = 0; j < codes.length; j += 1) counts[codes[j]!]! += 1
    }
  }
  const out: Record<string, number> = {}
  for (let code = 0; code < counts.length; code += 1) if (counts[code]! > 0) out[String(dictionary.values[code])] = counts[code]!
  return out
}

/** Facet value counts over every matching document (conjunctive: the active filters apply). */
export function countFacetCodes(
  dictionaries: FacetDictionaries,
  table: FacetCodeTable,
  docs: ArrayLike<number>,
  facets: readonly FacetName[],
): Partial<Record<FacetName, Record<string, number>>> {
  const result: Partial<Record<FacetName, Record<string, number>>> = {}
  for (const facet of facets) result[facet] = countOne(dictionaries, table, docs, facet)
  return result
}

/** Two sets of facet counts over disjoint documents, added. */
export function addFacetCounts(
  a: Partial<Record<FacetName, Record<string, number>>>,
  b: Partial<Record<FacetName, Record<string, number>>>,
): Partial<Record<FacetName, Record<string, number>>> {
  const result: Partial<Record<FacetName, Record<string, number>>> = {}
  for (const facet of new Set([...Object.keys(a), ...Object.keys(b)] as FacetName[])) {
    const counts: Record<string, number> = { ...a[facet] }
    for (const [value, count] of Object.entries(b[facet] ?? {})) counts[value] = (counts[value] ?? 0) + count
    result[facet] = counts
  }
  return result
}
