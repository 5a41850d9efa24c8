import type { IndexRecord } from '../../build-index-record'
import { createFacetCodeTable, createFacetDictionaries, encodeFacets, type FacetCodeTable, type FacetDictionaries } from './facet-codes'
import { computeNameRanks } from './compare-hits'
import { addToFilterIndex, type FilterIndex } from './filter-index'
import { createMatchPool, type MatchPool } from './evaluate-query'
import { headOf } from './name-head'
import { computeRankKeys, type RankKeys } from './rank-keys'
import type { SideTables } from './snapshot-side-tables'
import { addRecord, createTermIndex, needsCompaction, packTermIndex, removeDoc, type TermIndex } from './term-index'

/** One embedded index: the term index, its records by id, their facet codes and filter postings, scratch arrays for queries. */
export interface IndexStore {
  index: TermIndex
  /** Record id → document number in `index`. */
  readonly ids: Map<string, number>
  facets: FacetDictionaries
  codes: FacetCodeTable
  filters: FilterIndex
  readonly pool: MatchPool
  /** Name order of the documents (compare-hits.ts), dropped at every write. */
  nameRanks?: Int32Array
  /** Every accent-exact word the records hold (`marked`), dropped at every write. */
  markedWords?: ReadonlySet<string>
  /** What ranking reads per candidate (rank-keys.ts), dropped at every write. */
  rankKeys?: RankKeys
  /** The live document numbers in order (browsing without words or filters), dropped at every write. */
  liveDocs?: Int32Array
}

export function createIndexStore(records: readonly IndexRecord[] = []): IndexStore {
  const store: IndexStore = {
    index: createTermIndex(),
    ids: new Map(),
    facets: createFacetDictionaries(),
    codes: createFacetCodeTable(),
    filters: new Map(),
    pool: createMatchPool(),
  }
  for (const record of records) addToStore(store, record)
  packTermIndex(store.index)
  return store
}

/** A store over a term index and side tables restored from a snapshot: only the ids are taken from its records. */
export function restoreIndexStore(index: TermIndex, side: SideTables): IndexStore {
  const store = createIndexStore()
  Object.assign(store, { index, ...side })
  index.records.forEach((record, doc) => {
    if (record) store.ids.set(record.id, doc)
  })
  return store
}

function addToStore(store: IndexStore, record: IndexRecord): void {
  addSideTables(store, record, addRecord(store.index, record))
  if (record.locale === 'en') headOf(record)
}

/** What a document needs besides the term index: facet codes, filter postings, its id. */
function addSideTables(store: IndexStore, record: IndexRecord, doc: number): void {
  encodeFacets(store.facets, store.codes, doc, record)
  addToFilterIndex(store.filters, doc, record)
  store.ids.set(record.id, doc)
}

/** The live records, in document order. */
export function liveRecords(store: IndexStore): IndexRecord[] {
  return store.index.records.filter((record): record is IndexRecord => record !== undefined)
}

/** Rebuild from the live records once removed documents weigh on every query. */
function compactIfNeeded(store: IndexStore): void {
  if (!needsCompaction(store.index)) return
  const records = liveRecords(store)
  clearStore(store)
  for (const record of records) addToStore(store, record)
}

/** Add or replace records (a replaced record gets a new document number; the old one dies). */
export function upsertRecords(store: IndexStore, records: readonly IndexRecord[]): void {
  const latest = new Map(records.map((record) => [record.id, record]))
  dropDerived(store)
  for (const [id, record] of latest) {
    const old = store.ids.get(id)
    if (old !== undefined) removeDoc(store.index, old)
    addToStore(store, record)
  }
  compactIfNeeded(store)
  packTermIndex(store.index)
}

export function removeRecords(store: IndexStore, ids: readonly string[]): void {
  dropDerived(store)
  for (const id of new Set(ids)) {
    const doc = store.ids.get(id)
    if (doc === undefined) continue
    removeDoc(store.index, doc)
    store.ids.delete(id)
  }
  compactIfNeeded(store)
  packTermIndex(store.index)
}

export function clearStore(store: IndexStore): void {
  store.index = createTermIndex()
  store.ids.clear()
  store.facets = createFacetDictionaries()
  store.codes = createFacetCodeTable()
  store.filters = new Map()
  dropDerived(store)
}

/** What is worked out from all the records on first use, stale after any write. */
function dropDerived(store: IndexStore): void {
  store.nameRanks = undefined
  store.markedWords = undefined
  store.rankKeys = undefined
  store.liveDocs = undefined
}

/** The live document numbers, in document order, listed on first use after a write. */
export function liveDocsOf(store: IndexStore): Int32Array {
  if (!store.liveDocs) {
    const { records } = store.index
    const docs = new Int32Array(store.index.liveCount)
    let count = 0
    for (let doc = 0; doc < records.length; doc += 1) if (records[doc] !== undefined) docs[count++] = doc
    store.liveDocs = docs.subarray(0, count)
  }
  return store.liveDocs
}

/** The store's ranking keys, computed on first use after a write. */
export function rankKeysOf(store: IndexStore): RankKeys {
  store.rankKeys ??= computeRankKeys(store.index.records)
  return store.rankKeys
}

/** The store's name ranks, computed on first use after a write. */
export function nameRanksOf(store: IndexStore): Int32Array {
  store.nameRanks ??= computeNameRanks(store.index.records)
  return store.nameRanks
}

/** The accent-exact words of the live records, collected on first use after a write. */
export function markedWordsOf(store: IndexStore): ReadonlySet<string> {
  if (!store.markedWords) {
    const words = new Set<string>()
    for (const record of store.index.records) if (record) for (const word of record.marked.split(' ')) if (word) words.add(word)
    store.markedWords = words
  }
  return store.markedWords
}
