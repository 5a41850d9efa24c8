/** Runs the judged queries against a search port and scores each, then each category. */
import type { SearchPort } from '../../src/search/types'
import { CATEGORIES, type CategoryFigure, type JudgedQuery, type QueryOutcome } from './types'

const TOP = 3

function passes(query: JudgedQuery, keys: readonly string[], rank: number): boolean {
  switch (query.judge ?? 'top3') {
    case 'none':
      return keys.length === 0
    case 'first':
      return rank === 0
    default:
      return rank >= 0 && rank < TOP
  }
}

export async function measureQueries(search: SearchPort, queries: readonly JudgedQuery[]): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = []
  for (const query of queries) {
    const locale = query.locale ?? 'vi'
    const result = await search.search({ q: query.q, locale, hitsPerPage: 10 })
    const keys = result.hits.map((hit) => `${hit.kind}:${hit.slug}`)
    const rank = keys.findIndex((key) => query.expect.includes(key))
    outcomes.push({
      category: query.category,
      // Shown composed, marked when the query was sent decomposed.
      q: query.q.normalize('NFC') + (query.q !== query.q.normalize('NFC') ? ' (NFD)' : ''),
      locale,
      pass: passes(query, keys.slice(0, TOP), rank),
      rank: rank < 0 ? null : rank + 1,
      got: keys.slice(0, TOP),
    })
  }
  return outcomes
}

export function figuresByCategory(outcomes: readonly QueryOutcome[]): CategoryFigure[] {
  return CATEGORIES.map((category) => {
    const mine = outcomes.filter((outcome) => outcome.category === category)
    const passed = mine.filter((outcome) => outcome.pass).length
    return { category, queries: mine.length, passed, share: mine.length ? passed / mine.length : 0 }
  })
}

/** A per-category table and the misses, for a person reading the test or bench output. */
export function formatRelevanceTable(figures: readonly CategoryFigure[], floors: Readonly<Record<string, number>>, outcomes: readonly QueryOutcome[]): string {
  const rows = figures.map((f) => {
    const share = `${(f.share * 100).toFixed(1)}%`.padStart(6)
    const floor = `${((floors[f.category] ?? 0) * 100).toFixed(0)}%`.padStart(4)
    return `${f.category.padEnd(16)} ${String(f.passed).padStart(3)}/${String(f.queries).padEnd(3)} ${share}  floor ${floor}${f.share < (floors[f.category] ?? 0) ? '  BELOW' : ''}`
  })
  const total = outcomes.filter((o) => o.pass).length
  const misses = outcomes
    .filter((o) => !o.pass)
    .map((o) => `  miss [${o.category}] "${o.q}" (${o.locale}): rank ${o.rank ?? '—'}; top: ${o.got.join(', ') || 'nothing'}`)
  return [`category         passed     share`, ...rows, `all              ${total}/${outcomes.length}`, ...misses].join('\n')
}
