import type { PreparedQuery } from '../../prepare-query'
import type { ResolvedSearchQuery } from '../../resolve-search-query'
import { FACET_FIELDS } from '../../settings/index-settings'
import { ACCENT_QUERY_POSITION } from './build-meilisearch-request'
import { toSearchHit, type HitRecord } from '../../to-search-hit'
import type { FacetName, SearchResult } from '../../types'

/** The parts of a Meilisearch answer (single or federated search) that a result is made of. */
export interface MeilisearchAnswer {
  readonly hits: readonly (HitRecord & { _rankingScore?: number; _federation?: { weightedRankingScore?: number; queriesPosition?: number } })[]
  readonly totalHits?: number
  readonly estimatedTotalHits?: number
  readonly facetDistribution?: Record<string, Record<string, number>>
  readonly facetsByIndex?: Record<string, { distribution?: Record<string, Record<string, number>> }>
}

/** Convert a Meilisearch answer into the port's result; every requested facet is present. */
export function toSearchResult(answer: MeilisearchAnswer, indexUid: string, query: ResolvedSearchQuery, prepared: PreparedQuery, tookMs: number): SearchResult {
  const distribution = answer.facetDistribution ?? answer.facetsByIndex?.[indexUid]?.distribution ?? {}
  const facets: Partial<Record<FacetName, Record<string, number>>> = {}
  for (const facet of query.facets) facets[facet] = { ...(distribution[FACET_FIELDS[facet]] ?? {}) }
  // Like the embedded engine: a score only means something when ranking by relevance on words.
  const scored = prepared.tokens.length > 0 && query.sort === 'relevance'
  // A federated answer's first hit came from the accent-exact query (build-meilisearch-request.ts)
  // unless no hit holds the buyer's diacritics: then every hit is a near match, and the page says so.
  const first = answer.hits[0]?._federation
  const approximate = scored && prepared.markedTokens.length > 0 && first?.queriesPosition !== undefined && first.queriesPosition !== ACCENT_QUERY_POSITION
  return {
    ...(approximate ? { approximate: true } : {}),
    hits: answer.hits.map((hit) => toSearchHit(hit, prepared.tokens, scored ? (hit._federation?.weightedRankingScore ?? hit._rankingScore) : undefined)),
    facets,
    totalHits: answer.totalHits ?? answer.estimatedTotalHits ?? answer.hits.length,
    page: query.page,
    hitsPerPage: query.hitsPerPage,
    tookMs,
  }
}
