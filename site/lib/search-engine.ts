/**
 * The site's one way to the search engine (cms/search/public-search.ts): the search page and
 * GET /api/search both come through here. With the
 * embedded engine the public index lives in this process: the first call starts it (restore the
 * snapshot, rebuild from the database in the background); until it is in, `isSearchReady()` is
 * false and pages fall back to their database query.
 *
 *   if (isSearchReady()) result = await searchPublic({ q, locale, page })
 */
import { hostPublicIndex, isPublicIndexReady, searchPublicIndex, whenPublicIndexReady } from '../../cms/search/public-search'
import { handleSearchRequest } from '../../src/search/http/handle-search-request'
import type { SearchQuery, SearchResult } from '../../src/search/types'
import { payload } from './payload'

export type { SearchHit, SearchQuery, SearchResult } from '../../src/search/types'

let starting: Promise<void> | undefined

/** Start the public index in this process (idempotent); resolves once it has started loading. */
export function startPublicSearch(): Promise<void> {
  starting ??= payload().then((instance) => {
    void hostPublicIndex(instance)
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
  return isPublicIndexReady()
}

/** Wait up to `timeoutMs` for the index (e.g. the API's first request after a restart). */
export async function waitForSearch(timeoutMs: number): Promise<boolean> {
  await startPublicSearch()
  return whenPublicIndexReady(timeoutMs)
}

/**
 * Search the public indexes (products, producers, fairs) in the query's language. The port checks
 * the query (`{ q, locale, filters?, page?, hitsPerPage?, facets?, sort? }`); throws
 * SearchQueryError (400) or SearchError (503) from src/search/errors.
 */
export async function searchPublic(query: SearchQuery): Promise<SearchResult> {
  await startPublicSearch()
  return searchPublicIndex(query)
}

/** The first API request after a restart may wait this long for the index before a 503. */
const WARM_UP_WAIT_MS = 3_000

/** GET /api/search: the URL in, the JSON answer out (src/search/http/handle-search-request.ts). */
export function answerSearchRequest(url: URL): Promise<Response> {
  return handleSearchRequest(url, {
    search: searchPublic,
    ready: () => waitForSearch(WARM_UP_WAIT_MS),
    onError: (error) => {
      void payload().then((instance) => instance.logger.error({ err: error, msg: 'public search failed' }))
    },
  })
}
