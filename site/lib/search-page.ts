/**
 * The search page's data, on the server: the engine (site/lib/search-engine.ts) when it can
 * answer, the database query (site/lib/search.ts) while it is still loading after a start or when
 * it fails, so the page always renders. A query the port rejects (too long, broken text) becomes a
 * message on the page, not an error.
 */
import { SearchQueryError } from '../../src/search/errors'
import { queryReadingOf, type QueryReading } from '../../src/search/query-reading'
import { resolveSearchQuery, type ResolvedSearchQuery } from '../../src/search/resolve-search-query'
import { PUBLIC_FACETS, type SearchQuery, type SearchResult } from '../../src/search/types'
import type { Locale } from '../../src/site/routes'
import { DEFAULT_HITS_PER_PAGE } from '../../src/search/settings/index-settings'
import {
  isActive,
  pageCount,
  problemOf,
  stateFromParams,
  toPageHits,
  type SearchAnswer,
  type SearchProblem,
  type SearchState,
} from '../components/search-state'
import { payload } from './payload'
import { searchShowroom, type ShowroomResult } from './search'
import { isSearchReady, searchPublic } from './search-engine'

export interface SearchPageData {
  readonly state: SearchState
  /** Null when there was nothing to search for, or the query was rejected. */
  readonly answer: SearchAnswer | null
  /** Who answered: the engine, or the database while the engine is not available. */
  readonly source: 'engine' | 'database' | 'none'
  readonly problem?: SearchProblem
}

/** What the engine is asked for the page's state (filters as given; the port checks them). */
export function toSearchQuery(state: SearchState, locale: Locale): SearchQuery {
  return {
    q: state.q,
    locale,
    filters: state.filters as SearchQuery['filters'],
    sort: state.sort,
    page: state.page,
    hitsPerPage: DEFAULT_HITS_PER_PAGE,
    facets: PUBLIC_FACETS,
  }
}

/** The engine's result as the page shows it. */
export function fromEngine(result: SearchResult): SearchAnswer {
  return {
    hits: toPageHits(result.hits),
    facets: result.facets,
    totalHits: result.totalHits,
    page: result.page,
    pages: pageCount(result.totalHits, result.hitsPerPage),
    ...withReading(result),
  }
}

/** `{ reading }` when the engine has something to say about how it read the query. */
export const withReading = (result: QueryReading) => {
  const reading = queryReadingOf(result)
  return reading ? { reading } : {}
}

/** The database fallback's result in the same shape: no facets; brands and fairs come on page 1. */
export function fromDatabase(result: ShowroomResult): SearchAnswer {
  const others = result.hits.filter((hit) => hit.kind !== 'product').length
  return { hits: toPageHits(result.hits), facets: {}, totalHits: result.totalHits + others, page: result.page, pages: result.pages }
}

export async function loadSearchPage(url: URL, locale: Locale): Promise<SearchPageData> {
  const state = stateFromParams(url.searchParams)
  if (!isActive(state)) return { state, answer: null, source: 'none' }
  let query: ResolvedSearchQuery
  try {
    query = resolveSearchQuery(toSearchQuery(state, locale), 'public')
  } catch (error) {
    if (error instanceof SearchQueryError) return { state, answer: null, source: 'none', problem: problemOf(error.issues) }
    throw error
  }
  if (isSearchReady()) {
    try {
      return { state, answer: fromEngine(await searchPublic(query)), source: 'engine' }
    } catch (error) {
      if (error instanceof SearchQueryError) return { state, answer: null, source: 'none', problem: problemOf(error.issues) }
      // An outage (SearchError) or anything else the engine throws: log it and answer from the database.
      void payload().then((instance) => instance.logger.error({ err: error, msg: 'search page: engine failed, answering from the database' }))
    }
  }
  // The database query knows words only; with filters alone there is nothing it can match.
  if (!query.q) return { state, answer: { hits: [], facets: {}, totalHits: 0, page: 1, pages: 1 }, source: 'database' }
  return { state, answer: fromDatabase(await searchShowroom(query.q, locale, query.page)), source: 'database' }
}
