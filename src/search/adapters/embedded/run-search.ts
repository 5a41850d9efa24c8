import type { SynonymTable } from '../../../text/synonyms'
import { prepareQuery } from '../../prepare-query'
import { resolveSearchQuery, type QueryTarget } from '../../resolve-search-query'
import type { IndexName } from '../../settings/index-names'
import { toSearchHit } from '../../to-search-hit'
import type { EnquiryScope, SearchQuery, SearchResult } from '../../types'
import { buildQueryTree, SEARCH_OPTIONS } from './build-query-tree'
import type { PreparedQuery } from '../../prepare-query'
import { TEXT_FIELDS } from '../../settings/index-settings'
import { compareHits, type ScoredRecord } from './compare-hits'
import { countFacetCodes } from './facet-codes'
import type { IndexStore } from './index-store'
import type { IndexRecord } from '../../build-index-record'
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

/**
 * A last word of one or two letters after others ("mat o", "keo du") would expand, as a prefix, to
 * a large share of the vocabulary, each expansion with its own long posting list: the slowest
 * queries by far. The words before it already narrow the hits, so it is checked on those instead:
 * the same hits, at a fraction of the cost. Documents holding it as a whole word ("Long An" for
 * "long an") keep the score that word earns. Returns the prefix to check, or null.
 */
const DEFERRED_PREFIX_LENGTH = 3

function deferredPrefix(prepared: PreparedQuery): string | null {
  const last = prepared.terms.at(-1)
  if (prepared.terms.length < 2 || !last || last.alternatives.length > 0 || last.tokens.length !== 1) return null
  const token = last.tokens[0]!
  return token.length < DEFERRED_PREFIX_LENGTH ? token : null
}

/** True when one of the record's words (in a searched field) starts with `prefix`. */
function hasWordStarting(record: IndexRecord, prefix: string): boolean {
  const inner = ` ${prefix}`
  for (const field of TEXT_FIELDS) {
    const text = record[field]
    if (text.startsWith(prefix) || text.includes(inner)) return true
  }
  return false
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
    const prefix = deferredPrefix(prepared)
    const tree = prefix === null ? buildQueryTree(prepared, run.index) : buildQueryTree(prepared, run.index, { terms: prepared.terms.slice(0, -1), prefixLast: false })
    const wholeWord = prefix === null ? null : new Map(run.store.engine.search({ queries: [prefix], prefix: false, fuzzy: false }, SEARCH_OPTIONS).map((result) => [result.id as string, result.score]))
    // MiniSearch returns results best score first, which rankCandidates relies on.
    for (const result of run.store.engine.search(tree, SEARCH_OPTIONS)) {
      const record = run.store.records.get(result.id as string)
      if (!record || !matches(record)) continue
      if (prefix === null) candidates.push({ record, score: result.score })
      else if (hasWordStarting(record, prefix)) candidates.push({ record, score: result.score + (wholeWord!.get(record.id) ?? 0) })
    }
    if (wholeWord && wholeWord.size > 0) candidates.sort((a, b) => b.score - a.score)
    scored = resolved.sort === 'relevance' ? rankCandidates(candidates, prepared, pageEnd) : candidates
  }

  const ordered = selectTop(scored, compareHits(resolved.sort, hasWords, run.target === 'enquiries'), pageEnd)
  const withScore = hasWords && resolved.sort === 'relevance'
  return {
    hits: ordered.slice(from).map(({ record, score }) => toSearchHit(record, prepared.tokens, withScore ? score : undefined)),
    facets: resolved.facets.length > 0 ? countFacetCodes(run.store.facets, scored.map(({ record }) => record), resolved.facets) : {},
    totalHits: scored.length,
    page: resolved.page,
    hitsPerPage: resolved.hitsPerPage,
    tookMs: performance.now() - started,
  }
}
