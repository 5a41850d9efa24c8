import { buildSynonymTable, type SynonymGroup } from '../../../text/synonyms'
import { assertIndexable } from '../../assert-indexable'
import { buildIndexRecord, type IndexRecord } from '../../build-index-record'
import { resolveEnquiryScope, resolveSearchQuery } from '../../resolve-search-query'
import { DEFAULT_SYNONYM_GROUPS } from '../../settings/default-synonyms'
import { INDEX_NAMES, indexNameForId, publicIndexName, type IndexName } from '../../settings/index-names'
import type { EmbeddedSearchPort, EnquirySearchQuery, SearchDocument, SearchQuery, SearchResult } from '../../types'
import { clearStore, createIndexStore, preparationSteps, removeRecords, upsertRecords, type IndexStore } from './index-store'
import { createResultCache } from './result-cache'
import { runSearch } from './run-search'
import { exportSnapshot, restoreSnapshot } from './snapshot'

export interface EmbeddedSearchConfig {
  /** Synonym groups; default the groups in settings/synonyms.default.json. */
  readonly synonyms?: readonly SynonymGroup[]
  /** The bytes from `exportSnapshot()`, to start with a saved index instead of an empty one. */
  readonly snapshot?: Uint8Array
  /** Answers kept for repeated queries (emptied by every write); 0 turns the cache off. Default 500. */
  readonly resultCacheSize?: number
}

/**
 * The in-process search engine (our postings over MiniSearch's radix tree, on folded text), the default when no Meilisearch is
 * configured. Everything is synchronous underneath; the port is async so both adapters look alike.
 */
export function createEmbeddedSearch(config: EmbeddedSearchConfig = {}): EmbeddedSearchPort {
  const stores: Map<IndexName, IndexStore> = config.snapshot ? restoreSnapshot(config.snapshot) : new Map(INDEX_NAMES.map((name) => [name, createIndexStore()]))
  let synonyms = buildSynonymTable(config.synonyms ?? DEFAULT_SYNONYM_GROUPS)
  const storeOf = (name: IndexName): IndexStore => stores.get(name)!
  const cache = createResultCache(config.resultCacheSize ?? 500)
  /** Answer from the cache, else search and remember (the resolved query is the key: same meaning, same key). */
  const cached = (key: string, run: () => SearchResult): SearchResult => {
    const hit = cache.get(key)
    if (hit) return hit
    const result = run()
    cache.set(key, result)
    return result
  }

  return {
    engine: 'embedded',

    async applySettings() {
      // Settings are code here (index-settings.ts, evaluate-query.ts); nothing to apply.
    },

    async upsert(documents: readonly SearchDocument[]) {
      const byIndex = new Map<IndexName, IndexRecord[]>()
      // Check every document before touching an index, so a bad batch changes nothing.
      for (const doc of documents) {
        const index = assertIndexable(doc)
        const list = byIndex.get(index) ?? []
        list.push(buildIndexRecord(doc))
        byIndex.set(index, list)
      }
      cache.clear()
      for (const [index, records] of byIndex) upsertRecords(storeOf(index), records)
    },

    async remove(ids: readonly string[]) {
      cache.clear()
      for (const id of ids) {
        const index = indexNameForId(id)
        if (index) removeRecords(storeOf(index), [id])
      }
    },

    async search(query: SearchQuery) {
      const resolved = resolveSearchQuery(query, 'public')
      const index = publicIndexName(resolved.locale)
      return cached(JSON.stringify(['public', resolved]), () => runSearch({ store: storeOf(index), index, target: 'public', synonyms }, resolved))
    },

    async searchEnquiries(query: EnquirySearchQuery) {
      const scope = resolveEnquiryScope(query.scope)
      const resolved = resolveSearchQuery(query, 'enquiries')
      return cached(JSON.stringify(['enquiries', scope, resolved]), () =>
        runSearch({ store: storeOf('enquiries'), index: 'enquiries', target: 'enquiries', scope, synonyms }, resolved),
      )
    },

    async updateSynonyms(groups) {
      cache.clear()
      synonyms = buildSynonymTable(groups)
    },

    async clear() {
      cache.clear()
      for (const store of stores.values()) clearStore(store)
    },

    async listDocumentIds() {
      return [...stores.values()].flatMap((store) => [...store.ids.keys()])
    },

    exportSnapshot() {
      return exportSnapshot(stores)
    },

    count() {
      return Object.fromEntries([...stores].map(([name, store]) => [name, store.ids.size]))
    },

    async prepare() {
      for (const store of stores.values()) {
        for (const step of preparationSteps(store)) {
          step()
          await new Promise((resolve) => setImmediate(resolve))
        }
      }
    },
  }
}
