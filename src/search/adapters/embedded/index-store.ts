import MiniSearch from 'minisearch'
import type { IndexRecord } from '../../build-index-record'
import { MINISEARCH_OPTIONS } from './minisearch-options'

/** One embedded index: the MiniSearch inverted index plus the records it was built from. */
export interface IndexStore {
  engine: MiniSearch<IndexRecord>
  readonly records: Map<string, IndexRecord>
}

export function createIndexStore(): IndexStore {
  return { engine: new MiniSearch<IndexRecord>(MINISEARCH_OPTIONS), records: new Map() }
}

/** Add or replace records. MiniSearch cannot add an id twice, so known ids are discarded first. */
export function upsertRecords(store: IndexStore, records: readonly IndexRecord[]): void {
  const latest = new Map(records.map((record) => [record.id, record]))
  for (const [id, record] of latest) {
    if (store.records.has(id)) store.engine.discard(id)
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
}
