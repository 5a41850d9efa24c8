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
