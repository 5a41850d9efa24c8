import type { IndexRecord } from '../../build-index-record'
import type { SearchSort } from '../../types'

export interface ScoredRecord {
  readonly record: IndexRecord
  readonly score: number
}

type Compare = (a: ScoredRecord, b: ScoredRecord) => number

const byName: Compare = (a, b) =>
  a.record.sortName < b.record.sortName ? -1 : a.record.sortName > b.record.sortName ? 1 : a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0

/** Missing values sort last, as in Meilisearch. */
function descending(field: 'newestAwardYear' | 'dateTs'): Compare {
  return (a, b) => {
    const x = a.record[field]
    const y = b.record[field]
    if (x === y) return byName(a, b)
    if (x === undefined) return 1
    if (y === undefined) return -1
    return y - x
  }
}

/**
 * Order of hits. Relevance breaks ties by name so results are stable; without query words there is
 * no relevance, so public results list by name and enquiries newest first.
 */
export function compareHits(sort: SearchSort, hasQueryWords: boolean, enquiries: boolean): Compare {
  if (sort === 'name') return byName
  if (sort === 'newestAward') return descending('newestAwardYear')
  if (!hasQueryWords) return enquiries ? descending('dateTs') : byName
  return (a, b) => b.score - a.score || byName(a, b)
}

/**
 * Every live document's place in name order (dead ones last), so sorting by name compares two
 * integers instead of two strings. Computed on first use after a write.
 */
export function computeNameRanks(records: readonly (IndexRecord | undefined)[]): Int32Array {
  const live: number[] = []
  for (let doc = 0; doc < records.length; doc += 1) if (records[doc] !== undefined) live.push(doc)
  live.sort((a, b) => byName({ record: records[a]!, score: 0 }, { record: records[b]!, score: 0 }))
  const ranks = new Int32Array(records.length).fill(records.length)
  live.forEach((doc, rank) => {
    ranks[doc] = rank
  })
  return ranks
}

/**
 * The order of `compareHits` for the sorts that do not use the score (by name, by newest award,
 * browsing), on document numbers: no object per candidate, integer comparisons.
 */
export function compareDocs(sort: SearchSort, hasQueryWords: boolean, enquiries: boolean, records: readonly (IndexRecord | undefined)[], ranks: Int32Array): (a: number, b: number) => number {
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
