import MiniSearch from 'minisearch'
import type { IndexRecord } from '../../build-index-record'
import { createFacetDictionaries, encodeFacets, type FacetDictionaries } from './facet-codes'
import { MINISEARCH_OPTIONS } from './minisearch-options'

/** One embedded index: the MiniSearch inverted index, the records it was built from, their facet codes. */
export interface IndexStore {
  engine: MiniSearch<IndexRecord>
  readonly records: Map<string, IndexRecord>
  facets: FacetDictionaries
}

export function createIndexStore(): IndexStore {
  return { engine: new MiniSearch<IndexRecord>(MINISEARCH_OPTIONS), records: new Map(), facets: createFacetDictionaries() }
}

/** A store around a restored engine and its records (snapshot.ts). */
export function restoreIndexStore(engine: MiniSearch<IndexRecord>, records: readonly IndexRecord[]): IndexStore {
  const facets = createFacetDictionaries()
  for (const record of records) encodeFacets(facets, record)
  return { engine, records: new Map(records.map((record) => [record.id, record])), facets }
}

/** Add or replace records. MiniSearch cannot add an id twice, so known ids are discarded first. */
export function upsertRecords(store: IndexStore, records: readonly IndexRecord[]): void {
  const latest = new Map(records.map((record) => [record.id, record]))
  for (const [id, record] of latest) {
    if (store.records.has(id)) store.engine.discard(id)
    encodeFacets(store.facets, record)
    store.records.set(id, record)
  }
  store.engine.addAll([...latest.values()])
}

export function removeRecords(store: IndexStore, ids: readonly string[]): void {
  for (const id of new Set(ids)) {
    if (!store.records.has(id)) continue
    store.engine.discard(id)
    store.records.delete(id)
  }
}

export function clearStore(store: IndexStore): void {
  store.engine = new MiniSearch<IndexRecord>(MINISEARCH_OPTIONS)
  store.records.clear()
  store.facets = createFacetDictionaries()
}
