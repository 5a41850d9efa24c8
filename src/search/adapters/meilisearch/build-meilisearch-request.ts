import type { FederatedMultiSearchParams, MultiSearchFederation, SearchParams } from 'meilisearch'
import type { PreparedQuery } from '../../prepare-query'
import type { ResolvedSearchQuery } from '../../resolve-search-query'
import { FACET_FIELDS, NAMED_FIELDS } from '../../settings/index-settings'
import { HIT_FIELDS } from '../../to-search-hit'
import type { EnquiryScope } from '../../types'
import { buildMeilisearchFilter } from './build-meilisearch-filter'

/** How much an accent-exact match outweighs a folded one in the federated merge. */
export const ACCENT_WEIGHT = 1.5

/** Where the accent-exact query stands in a federated request: a hit's `_federation.queriesPosition` says which query found it. */
export const ACCENT_QUERY_POSITION = 1

/** Meilisearch pages a federated search by `page` and `hitsPerPage`, which the client's types do not name yet. */
type FederatedSearch = FederatedMultiSearchParams & { federation: MultiSearchFederation & { page: number; hitsPerPage: number } }

export type MeilisearchRequest =
  | { readonly kind: 'search'; readonly indexUid: string; readonly q: string; readonly params: SearchParams }
  | { readonly kind: 'federated'; readonly body: FederatedSearch }

function sortFor(query: ResolvedSearchQuery, hasWords: boolean, enquiries: boolean): string[] | undefined {
  if (query.sort === 'name') return ['sortName:asc']
  if (query.sort === 'newestAward') return ['newestAwardYear:desc', 'sortName:asc']
  if (!hasWords) return enquiries ? ['dateTs:desc'] : ['sortName:asc']
  return undefined
}

/**
 * Build the Meilisearch request for a query. Words are sent folded, matched with strategy 'all'
 * (every word must match, like the embedded engine). When the buyer typed diacritics and wants
 * relevance, a federated multi-search adds a second query on the same index that also requires the
 * accent-exact tokens; its hits are a subset of the first's, Meilisearch keeps each document once,
 * and the weight lifts accent-exact matches ("dế" above "dê") without changing what matches.
 */
export function buildMeilisearchRequest(
  indexUid: string,
  query: ResolvedSearchQuery,
  prepared: PreparedQuery,
  options: { readonly enquiries: boolean; readonly scope?: EnquiryScope; readonly namedOnly?: boolean },
): MeilisearchRequest {
  const q = prepared.tokens.join(' ')
  const filter = buildMeilisearchFilter(query.filters, options.scope)
  const facets = query.facets.map((facet) => FACET_FIELDS[facet])
  const sort = sortFor(query, prepared.tokens.length > 0, options.enquiries)
  const common = {
    ...(filter.length > 0 ? { filter } : {}),
    matchingStrategy: 'all' as const,
    attributesToRetrieve: [...HIT_FIELDS],
    // A query that left out some of the buyer's words matches only outside the story (NAMED_FIELDS).
    ...(options.namedOnly ? { attributesToSearchOn: [...NAMED_FIELDS] } : {}),
  }

  if (prepared.markedTokens.length > 0 && query.sort === 'relevance') {
    return {
      kind: 'federated',
      body: {
        federation: {
          page: query.page,
          hitsPerPage: query.hitsPerPage,
          ...(facets.length > 0 ? { facetsByIndex: { [indexUid]: facets } } : {}),
        },
        // The accent-exact query is second (ACCENT_QUERY_POSITION): to-search-result.ts reads it off the hits.
        queries: [
          { indexUid, q, ...common },
          { indexUid, q: `${q} ${prepared.markedTokens.join(' ')}`, ...common, federationOptions: { weight: ACCENT_WEIGHT } },
        ],
      },
    }
  }
  return {
    kind: 'search',
    indexUid,
    q,
    params: {
      ...common,
      page: query.page,
      hitsPerPage: query.hitsPerPage,
      ...(facets.length > 0 ? { facets } : {}),
      ...(sort ? { sort } : {}),
      showRankingScore: true,
    },
  }
}
