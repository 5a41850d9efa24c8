import type { MultiSearchParams } from 'meilisearch'
import type { PreparedQuery } from '../../prepare-query'
import type { ResolvedSearchQuery } from '../../resolve-search-query'
import type { EnquiryScope } from '../../types'
import { NAMED_FIELDS } from '../../settings/index-settings'
import { buildMeilisearchFilter } from './build-meilisearch-filter'

/**
 * One multi-search asking how many documents each candidate reading of a query matches with every
 * word required (matchingStrategy 'all'; no hits, only the counts). Meilisearch's own 'last' and
 * 'frequency' strategies leave words out too, but they cannot be told to keep the head word or to
 * stop at half, nor say which words they left out: asking for each candidate can.
 */
export function buildProbeRequest(
  indexUid: string,
  query: ResolvedSearchQuery,
  candidates: readonly { readonly query: PreparedQuery; readonly partial?: true }[],
  scope?: EnquiryScope,
): MultiSearchParams {
  const filter = buildMeilisearchFilter(query.filters, scope)
  return {
    queries: candidates.map((candidate) => ({
      indexUid,
      q: candidate.query.tokens.join(' '),
      matchingStrategy: 'all' as const,
      limit: 0,
      ...(filter.length > 0 ? { filter } : {}),
      // A candidate leaving out content words counts only items naming the rest outside their story.
      ...(candidate.partial ? { attributesToSearchOn: [...NAMED_FIELDS] } : {}),
    })),
  }
}
