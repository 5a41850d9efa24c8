/** The shape of the judged search queries (test/relevance/queries/*) and of what a run measures. */
export type Locale = 'vi' | 'en'

/** Each category is one way buyers type; each has its floor in thresholds.ts. */
export const CATEGORIES = [
  'unaccented',
  'accented',
  'nfd',
  'all-caps',
  'typing',
  'brand',
  'accent-pairs',
  'typo-vi',
  'typo-en',
  'keyboard',
  'partial-intent',
  'regional',
  'former-province',
  'english',
  'unanswerable',
] as const
export type Category = (typeof CATEGORIES)[number]

/**
 * How a query passes:
 *   - `top3`: an expected item is among the first three hits;
 *   - `first`: the first hit is an expected item (accent pairs, former provinces: the right one must lead);
 *   - `none`: nothing in the first three (the catalogue has no answer, so anything shown is junk).
 */
export type Judge = 'top3' | 'first' | 'none'

export interface JudgedQuery {
  readonly category: Category
  readonly q: string
  readonly locale?: Locale
  readonly judge?: Judge
  /** Items (`product:slug`, `producer:slug`, `fair:slug`) the buyer means; empty for `none`. */
  readonly expect: readonly string[]
}

export interface QueryOutcome {
  readonly category: Category
  readonly q: string
  readonly locale: Locale
  readonly pass: boolean
  /** Rank of the first expected item in the first ten hits, or null. */
  readonly rank: number | null
  readonly got: readonly string[]
}

export interface CategoryFigure {
  readonly category: Category
  readonly queries: number
  readonly passed: number
  /** passed / queries, 0 to 1. */
  readonly share: number
}
