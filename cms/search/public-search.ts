/**
 * The public search as the site reaches it (site/lib/search-engine.ts is its only caller): host the
 * public index in this process, say when it can answer, and search it. Everything else in
 * cms/search (the queue runner, the snapshot, the enquiry index) stays out of the site's view.
 */
import type { Payload } from 'payload'
import type { SearchQuery, SearchResult } from '../../src/search/types'
import { hostIndex, isSearchReady, whenSearchReady } from './hosted-index'
import { searchPort } from './search-port'

/** Keep the public index in this process (a no-op on Meilisearch); resolves once it has started. */
export function hostPublicIndex(payload: Payload): Promise<void> {
  return hostIndex(payload, 'public')
}

export function isPublicIndexReady(): boolean {
  return isSearchReady('public')
}

export function whenPublicIndexReady(timeoutMs: number): Promise<boolean> {
  return whenSearchReady('public', timeoutMs)
}

export function searchPublicIndex(query: SearchQuery): Promise<SearchResult> {
  return searchPort().search(query)
}
