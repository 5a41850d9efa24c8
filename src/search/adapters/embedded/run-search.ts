import type { SynonymTable } from '../../../text/synonyms'
import { prepareQuery } from '../../prepare-query'
import { resolveSearchQuery, type QueryTarget } from '../../resolve-search-query'
import type { IndexName } from '../../settings/index-names'
import { toSearchHit } from '../../to-search-hit'
import type { EnquiryScope, SearchQuery, SearchResult } from '../../types'
import { buildQueryTree, SEARCH_OPTIONS } from './build-query-tree'
import { compareHits, type ScoredRecord } from './compare-hits'
import { countFacets } from './count-facets'
import type { IndexStore } from './index-store'
import { buildFilterPredicate } from './match-filters'
import { rankCandidates } from './rank-candidates'
import { selectTop } from './select-top'

export interface SearchRun {
  readonly store: IndexStore
  readonly index: IndexName
  readonly target: QueryTarget
  readonly scope?: EnquiryScope
  readonly synonyms: SynonymTable
}

/** One search on one embedded index: match, filter, rank, count facets, cut the page. */
export function runSearch(run: SearchRun, query: SearchQuery): SearchResult {
  const started = performance.now()
  const resolved = resolveSearchQuery(query, run.target)
  const prepared = prepareQuery(resolved.q, run.synonyms)
  const matches = buildFilterPredicate(resolved.filters, run.scope)
  const hasWords = prepared.tokens.length > 0
  const from = (resolved.page - 1) * resolved.hitsPerPage
  const pageEnd = from + resolved.hitsPerPage

  let scored: ScoredRecord[] = []
  if (!hasWords) {
    for (const record of run.store.records.values()) if (matches(record)) scored.push({ record, score: 0 })
  } else {
    const candidates: ScoredRecord[] = []
    // MiniSearch returns results best score first, which rankCandidates relies on.
    for (const result of run.store.engine.search(buildQueryTree(prepared, run.index), SEARCH_OPTIONS)) {
      const record = run.store.records.get(result.id as string)
      if (record && matches(record)) candidates.push({ record, score: result.score })
    }
    scored = resolved.sort === 'relevance' ? rankCandidates(candidates, prepared, pageEnd) : candidates
  }

  const ordered = selectTop(scored, compareHits(resolved.sort, hasWords, run.target === 'enquiries'), pageEnd)
  const withScore = hasWords && resolved.sort === 'relevance'
  return {
    hits: ordered.slice(from).map(({ record, score }) => toSearchHit(record, prepared.tokens, withScore ? score : undefined)),
    facets: countFacets(
      scored.map(({ record }) => record),
      resolved.facets,
    ),
    totalHits: scored.length,
    page: resolved.page,
    hitsPerPage: resolved.hitsPerPage,
    tookMs: performance.now() - started,
  }
}
