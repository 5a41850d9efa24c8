/**
 * The public search endpoint without its framework: a URL in, a JSON Response out. The site's
 * `GET /api/search` is a thin wrapper, and benchmarks call this directly.
 *
 *   GET /api/search?q=mat+ong&locale=vi&page=1&province=Bình+Dương&facets=kind,province
 *   200 { query, hits: [{ kind, id, sourceId, slug, url, title, snippet, … }], facets, totalHits, page, hitsPerPage, tookMs,
 *         ignoredWords?, approximate?, suggestion?, readAs?, respelledAs? }   (how the engine read the query: see SearchResult)
 *   400 { error: "search_query_invalid", message, issues: [{ field, message }] }   (too long, broken UTF-8, unknown parameter…)
 *   503 { error: "search_warming_up" | "search_unavailable", message }             (with Retry-After)
 */
import { SearchError, SearchQueryError } from '../errors'
import { parseSearchParams } from '../parse-search-params'
import { queryReadingOf } from '../query-reading'
import type { ResolvedSearchQuery } from '../resolve-search-query'
import { PUBLIC_FACETS, type SearchHit, type SearchResult } from '../types'

export interface SearchRequestDeps {
  /** Run the query on the public index. */
  readonly search: (query: ResolvedSearchQuery) => Promise<SearchResult>
  /** Whether the index can answer; may wait a little for it. */
  readonly ready: () => boolean | Promise<boolean>
  /** Told about engine failures (the answer is a 503 either way). */
  readonly onError?: (error: unknown) => void
}

/** Results change when staff publish: a short cache, served stale while a fresh one is fetched. */
export const SEARCH_CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=300'
const BAD_REQUEST_CACHE_CONTROL = 'public, max-age=300'
const RETRY_AFTER_SECONDS = 2

export type PublicHit = Omit<SearchHit, 'score' | 'status'>

function json(body: unknown, status: number, headers: Record<string, string>): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers } })
}

function publicHit(hit: SearchHit): PublicHit {
  const { score: _score, status: _status, ...rest } = hit
  return rest
}

export async function handleSearchRequest(url: URL, deps: SearchRequestDeps): Promise<Response> {
  let query: ResolvedSearchQuery
  try {
    const parsed = parseSearchParams(url.searchParams, 'public')
    // Facets are what the island shows as chips: all of them unless the caller chose.
    query = url.searchParams.has('facets') ? parsed : { ...parsed, facets: PUBLIC_FACETS }
  } catch (error) {
    if (error instanceof SearchQueryError) {
      return json({ error: error.code, message: error.message, issues: error.issues }, 400, { 'Cache-Control': BAD_REQUEST_CACHE_CONTROL })
    }
    throw error
  }
  const unavailable = (code: string, message: string) =>
    json({ error: code, message }, 503, { 'Cache-Control': 'no-store', 'Retry-After': String(RETRY_AFTER_SECONDS) })
  if (!(await deps.ready())) return unavailable('search_warming_up', 'The search index is loading; try again in a moment.')
  let result: SearchResult
  try {
    result = await deps.search(query)
  } catch (error) {
    if (error instanceof SearchQueryError)
      return json({ error: error.code, message: error.message, issues: error.issues }, 400, { 'Cache-Control': BAD_REQUEST_CACHE_CONTROL })
    deps.onError?.(error)
    if (error instanceof SearchError) return unavailable(error.code, 'Search is unavailable right now; try again shortly.')
    throw error
  }
  const { q, locale, filters, sort } = query
  return json(
    {
      query: { q, locale, filters, sort },
      hits: result.hits.map(publicHit),
      facets: result.facets,
      totalHits: result.totalHits,
      page: result.page,
      hitsPerPage: result.hitsPerPage,
      tookMs: Math.round(result.tookMs * 100) / 100,
      ...queryReadingOf(result),
    },
    200,
    { 'Cache-Control': SEARCH_CACHE_CONTROL },
  )
}
