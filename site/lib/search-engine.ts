/**
 * The site's way to the search engine (src/search through cms/search/runtime.ts). With the
 * embedded engine the public index lives in this process: the first call starts it (restore the
 * snapshot, rebuild from the database in the background); until it is in, `isSearchReady()` is
 * false and pages fall back to their database query.
 *
 *   if (isSearchReady()) result = await searchPublic({ q, locale, page })
 */
import { hostIndex, isSearchReady as indexReady, searchPort, whenSearchReady } from '../../cms/search/runtime'
import type { ResolvedSearchQuery } from '../../src/search/resolve-search-query'
import type { SearchQuery, SearchResult } from '../../src/search/types'
import { payload } from './payload'

export type { SearchHit, SearchQuery, SearchResult } from '../../src/search/types'

let starting: Promise<void> | undefined

/** Start the public index in this process (idempotent); resolves once it has started loading. */
export function startPublicSearch(): Promise<void> {
  starting ??= payload().then((instance) => {
    void hostIndex(instance, 'public')
  })
  return starting
}

/** True once the public index can answer. The first call also starts loading it. */
export function isSearchReady(): boolean {
  if (!starting)
    void startPublicSearch().catch((error: unknown) => {
      // Pages keep answering from the database; the next request tries again.
      starting = undefined
      void payload().then((instance) => instance.logger.warn({ err: error, msg: 'search: the public index could not start; pages answer from the database' }))
    })
  return indexReady('public')
}

/** Wait up to `timeoutMs` for the index (e.g. the API's first request after a restart). */
export async function waitForSearch(timeoutMs: number): Promise<boolean> {
  await startPublicSearch()
  return whenSearchReady('public', timeoutMs)
}

/**
 * Search the public indexes (products, producers, fairs) in the query's language. Accepts a typed
 * query (`{ q, locale, filters?, page?, hitsPerPage?, facets?, sort? }`) or one already checked by
 * `parseSearchParams`; throws SearchQueryError (400) or SearchError (503) from src/search/errors.
 */
export async function searchPublic(query: SearchQuery | ResolvedSearchQuery): Promise<SearchResult> {
  await startPublicSearch()
  return searchPort().search(query)
}
