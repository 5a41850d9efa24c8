import type { SynonymGroup } from '../text/synonyms'
import { createEmbeddedSearch } from './adapters/embedded/create-embedded-search'
import { createMeilisearchSearch, type MeilisearchSearchConfig } from './adapters/meilisearch/create-meilisearch-search'
import type { SearchPort } from './types'

export interface SearchConfig {
  /** Meilisearch connection; without it the in-process engine is used. */
  readonly meilisearch?: Omit<MeilisearchSearchConfig, 'synonyms'>
  readonly synonyms?: readonly SynonymGroup[]
  /** Embedded engine only: a saved index from `exportSnapshot()`. */
  readonly snapshot?: Uint8Array
}

/** Choose the search engine: Meilisearch when a URL is configured, otherwise the embedded engine. */
export function createSearch(config: SearchConfig = {}): SearchPort {
  if (config.meilisearch?.url) {
    return createMeilisearchSearch({ ...config.meilisearch, ...(config.synonyms ? { synonyms: config.synonyms } : {}) })
  }
  return createEmbeddedSearch({
    ...(config.synonyms ? { synonyms: config.synonyms } : {}),
    ...(config.snapshot ? { snapshot: config.snapshot } : {}),
  })
}
