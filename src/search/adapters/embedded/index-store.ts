import type { IndexRecord } from '../../build-index-record'
import { createFacetCodeTable, createFacetDictionaries, encodeFacets, type FacetCodeTable, type FacetDictionaries } from './facet-codes'
import { addToFilterIndex, type FilterIndex } from './filter-index'
import { createMatchPool, type MatchPool } from './evaluate-query'
import { headOf } from './name-head'
import {
  computeMarkedWords,
  computeNameOrder,
  deriveAdded,
  deriveRemoved,
  dropDerived,
  type DerivedTables,
  LARGE_WRITE,
  ranksFromOrder,
} from './derived-tables'
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
  /** Tables worked out from all the records on first use, kept current by small writes. */
  readonly derived: DerivedTables
}

export function createIndexStore(records: readonly IndexRecord[] = []): IndexStore {
  const store: IndexStore = {
    index: createTermIndex(),
    ids: new Map(),
    facets: createFacetDictionaries(),
    codes: createFacetCodeTable(),
    filters: new Map(),
    pool: createMatchPool(),
    derived: {},
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
  if (record.locale === 'en') headOf(record)
  const doc = addRecord(store.index, record)
  addSideTables(store, record, doc)
  deriveAdded(store.derived, store.index.records, doc, record)
}

function removeFromStore(store: IndexStore, doc: number): void {
  const record = store.index.records[doc]
  if (!record) return
  deriveRemoved(store.derived, store.index.records, doc, record)
  removeDoc(store.index, doc)
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
  if (latest.size > LARGE_WRITE) dropDerived(store.derived)
  for (const [id, record] of latest) {
    const old = store.ids.get(id)
    if (old !== undefined) removeFromStore(store, old)
    addToStore(store, record)
  }
  compactIfNeeded(store)
  packTermIndex(store.index)
}

export function removeRecords(store: IndexStore, ids: readonly string[]): void {
  const unique = new Set(ids)
  if (unique.size > LARGE_WRITE) dropDerived(store.derived)
  for (const id of unique) {
    const doc = store.ids.get(id)
    if (doc === undefined) continue
    removeFromStore(store, doc)
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
  dropDerived(store.derived)
}

/** Building each derived table now rather than on first use: one step per table (the longest about 0.3 s at 100,000). */
export function preparationSteps(store: IndexStore): (() => void)[] {
  return [() => liveDocsOf(store), () => rankKeysOf(store), () => nameRanksOf(store), () => markedWordsOf(store)]
}

/** The live document numbers, in document order, listed on first use after a write. */
export function liveDocsOf(store: IndexStore): Int32Array {
  const { derived } = store
  if (!derived.liveDocs) {
    const { records } = store.index
    const docs = new Int32Array(store.index.liveCount)
    let count = 0
    for (let doc = 0; doc < records.length; doc += 1) if (records[doc] !== undefined) docs[count++] = doc
    derived.liveDocs = docs.subarray(0, count)
  }
  return derived.liveDocs
}

/** The store's ranking keys (rank-keys.ts). */
export function rankKeysOf(store: IndexStore): RankKeys {
  store.derived.rankKeys ??= computeRankKeys(store.index.records)
  return store.derived.rankKeys
}

/** Every document's place in name order (compare-hits.ts), from the name order kept across writes. */
export function nameRanksOf(store: IndexStore): Int32Array {
  const { derived } = store
  derived.nameOrder ??= computeNameOrder(store.index.records)
  derived.nameRanks ??= ranksFromOrder(derived.nameOrder, store.index.records.length)
  return derived.nameRanks
}

/** The accent-exact words of the live records (`marked`), with how often they say each. */
export function markedWordsOf(store: IndexStore): ReadonlyMap<string, number> {
  store.derived.markedWords ??= computeMarkedWords(store.index.records)
  return store.derived.markedWords
}
