import type { FacetName } from '../../types'
import { createFacetCodeTable, createFacetDictionaries, type FacetCodeTable, type FacetDictionaries, type FacetDictionary } from './facet-codes'
import type { FilterIndex } from './filter-index'
import type { Section, SnapshotReader, SnapshotWriter } from './snapshot-binary'

/**
 * The facet codes and filter postings as saved in a snapshot, renumbered like the term index.
 * Rebuilding them from the records cost half a second an index at 100,000 products; and only the
 * saved dictionaries keep the original's value order, which is the order of a facet's answer.
 */
export interface SavedSideTables {
  readonly dictionaries: Record<FacetName, (string | number)[]>
  /** Int32Array by document, each. */
  readonly single: Record<keyof FacetCodeTable['single'], Section>
  readonly masks: Record<keyof FacetCodeTable['lists'], Section>
  /** The distinct lists of codes, and which one each document holds (Int32Array): documents share few. */
  readonly lists: Record<keyof FacetCodeTable['lists'], { readonly distinct: number[][]; readonly which: Section }>
  /** Field, then its values; their documents in one Int32Array, value after value (`sizes` long each). */
  readonly filters: { readonly values: [string, string[]][]; readonly sizes: Section; readonly docs: Section }
}

export interface SideTables {
  readonly facets: FacetDictionaries
  readonly codes: FacetCodeTable
  readonly filters: FilterIndex
}

const EMPTY: readonly number[] = []

/** `record` with each value mapped, under the keys of `keys` (a fresh table: a saved one may lack some). */
function each<K extends string, T, U>(keys: Record<K, unknown>, record: Record<K, T>, map: (value: T) => U): Record<K, U> {
  return Object.fromEntries(Object.keys(keys).map((key) => [key, map(record[key as K])])) as Record<K, U>
}

/** Each live document's entry of `array`, at its new number. */
function renumbered(array: Int32Array, renumber: Int32Array, live: number): Int32Array {
  const out = new Int32Array(live)
  for (let doc = 0; doc < renumber.length; doc += 1) if (renumber[doc]! >= 0) out[renumber[doc]!] = array[doc]!
  return out
}

function saveLists(lists: readonly (readonly number[])[], renumber: Int32Array, live: number, writer: SnapshotWriter) {
  const distinct: number[][] = []
  const codeOf = new Map<string, number>()
  const which = new Int32Array(live)
  for (let doc = 0; doc < renumber.length; doc += 1) {
    if (renumber[doc]! < 0) continue
    const key = lists[doc]!.join()
    let code = codeOf.get(key)
    if (code === undefined) {
      code = distinct.push([...lists[doc]!]) - 1
      codeOf.set(key, code)
    }
    which[renumber[doc]!] = code
  }
  return { distinct, which: writer.array(which) }
}

function saveFilters(filters: FilterIndex, renumber: Int32Array, writer: SnapshotWriter): SavedSideTables['filters'] {
  const values: [string, string[]][] = []
  const sizes: number[] = []
  const docs: number[] = []
  for (const [field, byValue] of filters) {
    values.push([field, [...byValue.keys()]])
    for (const list of byValue.values()) {
      const before = docs.length
      for (const doc of list) if (renumber[doc]! >= 0) docs.push(renumber[doc]!)
      sizes.push(docs.length - before)
    }
  }
  return { values, sizes: writer.array(Int32Array.from(sizes)), docs: writer.array(Int32Array.from(docs)) }
}

/** `renumber`: new document numbers, -1 for removed documents (as for the term index). */
export function saveSideTables(tables: SideTables, renumber: Int32Array, live: number, writer: SnapshotWriter): SavedSideTables {
  const { facets, codes, filters } = tables
  return {
    dictionaries: each(facets, facets, (dictionary: FacetDictionary) => dictionary.values),
    single: each(codes.single, codes.single, (array) => writer.array(renumbered(array, renumber, live))),
    masks: each(codes.masks, codes.masks, (array) => writer.array(renumbered(array, renumber, live))),
    lists: each(codes.lists, codes.lists, (lists) => saveLists(lists, renumber, live, writer)),
    filters: saveFilters(filters, renumber, writer),
  }
}

/** A per-document array, checked to cover the `count` documents. */
function perDocument(reader: SnapshotReader, section: Section, count: number): Int32Array {
  const array = reader.array(section, Int32Array)
  if (array.length !== count) throw new Error(`a saved facet column holds ${array.length} values for ${count} records`)
  return array
}

function loadLists(saved: SavedSideTables['lists'][keyof SavedSideTables['lists']] | undefined, count: number, reader: SnapshotReader): (readonly number[])[] {
  const which = perDocument(reader, saved?.which as Section, count)
  const distinct = (saved?.distinct ?? []).map((list) => (list.length === 0 ? EMPTY : list))
  const lists: (readonly number[])[] = new Array(count)
  for (let doc = 0; doc < count; doc += 1) {
    const list = distinct[which[doc]!]
    if (!list) throw new Error('a saved facet list is missing')
    lists[doc] = list
  }
  return lists
}

/** A typed array's run as a number[] (Array.from goes through the iterator: slow over many short runs). */
function numbersOf(array: Int32Array, from: number, to: number): number[] {
  const numbers: number[] = []
  for (let i = from; i < to; i += 1) numbers.push(array[i]!)
  return numbers
}

function loadFilters(saved: SavedSideTables['filters'], count: number, reader: SnapshotReader): FilterIndex {
  const sizes = reader.view(saved.sizes, Int32Array)
  const docs = reader.view(saved.docs, Int32Array)
  for (const doc of docs) if (doc < 0 || doc >= count) throw new Error(`a saved filter names a document past the ${count} records`)
  const filters: FilterIndex = new Map()
  let list = 0
  let at = 0
  for (const [field, values] of saved.values) {
    const byValue = new Map<string, number[]>()
    for (const value of values) {
      const size = sizes[list++]!
      if (!(size >= 0 && at + size <= docs.length)) throw new Error('the saved filters end early')
      byValue.set(value, numbersOf(docs, at, at + size))
      at += size
    }
    filters.set(field, byValue)
  }
  if (list !== sizes.length || at !== docs.length) throw new Error('the saved filters hold more than their values')
  return filters
}

/** The tables saved by `saveSideTables`, over `count` documents. */
export function loadSideTables(saved: SavedSideTables, count: number, reader: SnapshotReader): SideTables {
  const table = createFacetCodeTable()
  const facets = each(createFacetDictionaries(), saved.dictionaries, (values) => {
    if (!Array.isArray(values)) throw new Error('a facet dictionary is missing')
    return { values, codes: new Map(values.map((value, code) => [value, code])) }
  })
  const codes: FacetCodeTable = {
    single: each(table.single, saved.single, (section) => perDocument(reader, section, count)),
    masks: each(table.masks, saved.masks, (section) => perDocument(reader, section, count)),
    lists: each(table.lists, saved.lists, (lists) => loadLists(lists, count, reader)),
  }
  return { facets, codes, filters: loadFilters(saved.filters, count, reader) }
}
