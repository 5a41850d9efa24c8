import { SearchQueryError, type SearchQueryIssue } from './errors'
import { resolveSearchInput, type QueryTarget, type ResolvedSearchQuery } from './resolve-search-query'
import { ENQUIRY_FACETS, PUBLIC_FACETS } from './types'

/** Parameters that take one value. */
const SINGLE = ['q', 'locale', 'sort', 'page', 'hitsPerPage'] as const
/** Filter parameters; repeat one to OR its values (`province=A&province=B`). No comma splitting: names contain commas. */
const FILTERS = [...PUBLIC_FACETS, ...ENQUIRY_FACETS] as const
/** Facets may be repeated or comma-separated (`facets=province,awardLevel`). */
const FACETS = 'facets'

/**
 * Read a search request's URL parameters into a checked SearchQuery, for the HTTP endpoint. Throws
 * SearchQueryError (HTTP 400) naming every problem: unknown parameters, over-long queries, broken
 * UTF-8, lone surrogates, control characters, bad numbers. The enquiry scope is never read from the
 * URL: the server sets it from the signed-in user.
 */
export function parseSearchParams(params: URLSearchParams, target: QueryTarget = 'public'): ResolvedSearchQuery {
  const issues: SearchQueryIssue[] = []
  const single: Record<string, string> = {}
  const filters: Record<string, string[]> = {}
  const facets: string[] = []

  for (const [key, value] of params) {
    if ((SINGLE as readonly string[]).includes(key)) {
      if (key in single) issues.push({ field: key, message: 'must be given once' })
      single[key] = value
    } else if ((FILTERS as readonly string[]).includes(key)) {
      ;(filters[key] ??= []).push(value)
    } else if (key === FACETS) {
      facets.push(
        ...value
          .split(',')
          .map((facet) => facet.trim())
          .filter(Boolean),
      )
    } else {
      issues.push({ field: key, message: `is not a known parameter; use q, locale, sort, page, hitsPerPage, facets or a filter (${FILTERS.join(', ')})` })
    }
  }
  if (issues.length > 0) throw new SearchQueryError(issues)

  const raw = {
    q: single.q ?? '',
    locale: single.locale ?? 'vi',
    filters,
    ...(single.sort !== undefined ? { sort: single.sort } : {}),
    ...(single.page !== undefined ? { page: single.page } : {}),
    ...(single.hitsPerPage !== undefined ? { hitsPerPage: single.hitsPerPage } : {}),
    facets,
  }
  // Strings go through the same schema as typed queries; numbers are coerced there.
  return resolveSearchInput(raw, target)
}
