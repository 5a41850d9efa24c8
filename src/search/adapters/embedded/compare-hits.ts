import type { IndexRecord } from '../../build-index-record'
import type { SearchSort } from '../../types'

export interface ScoredRecord {
  readonly record: IndexRecord
  readonly score: number
}

/** Name order (folded title, then id, so the order is total). */
export function compareNames(a: IndexRecord, b: IndexRecord): number {
  return a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * Relevance order: score, ties broken by name so results are stable. The other orders (by name, by
 * newest award, browsing without words) work on document numbers: `compareDocs`.
 */
export function compareByRelevance(a: ScoredRecord, b: ScoredRecord): number {
  return b.score - a.score || compareNames(a.record, b.record)
}

/**
 * The order for the sorts that do not use the score, on document numbers (no object per
 * candidate, integer comparisons): by name, by newest award (missing years last, as in
 * Meilisearch), and without query words by name, enquiries newest first.
 */
export function compareDocs(
  sort: SearchSort,
  hasQueryWords: boolean,
  enquiries: boolean,
  records: readonly (IndexRecord | undefined)[],
  ranks: Int32Array,
): (a: number, b: number) => number {
  const byRank = (a: number, b: number) => ranks[a]! - ranks[b]!
  const descendingDocs = (field: 'newestAwardYear' | 'dateTs') => (a: number, b: number) => {
    const x = records[a]![field]
    const y = records[b]![field]
    if (x === y) return byRank(a, b)
    if (x === undefined) return 1
    if (y === undefined) return -1
    return y - x
  }
  if (sort === 'newestAward') return descendingDocs('newestAwardYear')
  if (sort === 'name' || !hasQueryWords) return enquiries && sort !== 'name' ? descendingDocs('dateTs') : byRank
  throw new Error('compareDocs: relevance is ordered by rankTop')
}
