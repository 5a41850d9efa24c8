import type { FacetName, SearchFilters } from '../types'
import type { IndexName } from './index-names'

/**
 * Index settings as data, read by both adapters so the engines rank alike. Field names are those of
 * `IndexRecord` (see build-index-record.ts): `search*` fields hold folded text, `marked` the
 * accent-exact tokens.
 */

/** Searchable fields, most important first (Meilisearch's `attribute` rule reads this order). */
export const SEARCHABLE_FIELDS = ['searchTitle', 'searchAlt', 'searchKeywords', 'searchPlaces', 'searchBody', 'marked'] as const
export type SearchableField = (typeof SEARCHABLE_FIELDS)[number]

/** Text fields matched by the words of a query; `marked` only boosts accent-exact matches. */
/**
 * The fields a partial answer (one that left out some of the buyer's words) must name the thing in:
 * every field but the story (adapters/embedded/is-the-thing-named.ts), and the accent-exact words.
 */
export const NAMED_FIELDS = ['searchTitle', 'searchAlt', 'searchKeywords', 'searchPlaces', 'marked'] as const

export const TEXT_FIELDS = ['searchTitle', 'searchAlt', 'searchKeywords', 'searchPlaces', 'searchBody'] as const

/** Embedded engine field weights, in the same order as SEARCHABLE_FIELDS. */
export const FIELD_BOOSTS: Readonly<Record<(typeof TEXT_FIELDS)[number], number>> = {
  searchTitle: 4,
  searchAlt: 2,
  searchKeywords: 1.5,
  searchPlaces: 1.5,
  searchBody: 1,
}

/** Facet → record field holding the value shown to buyers. */
export const FACET_FIELDS: Readonly<Record<FacetName, string>> = {
  kind: 'kind',
  productGroup: 'productGroup',
  province: 'province',
  awardLevel: 'awardLevel',
  awardYear: 'awardYear',
  certification: 'certification',
  status: 'status',
}

/**
 * Filter → record field it is matched on. Text values are matched on folded keys, so "Bình Dương",
 * "binh duong" and the facet value a buyer clicked all select the same documents.
 */
export const FILTER_FIELDS: Readonly<Record<keyof SearchFilters, string>> = {
  kind: 'kind',
  productGroup: 'productGroupKey',
  province: 'provinceKeys',
  awardLevel: 'awardLevel',
  awardYear: 'awardYear',
  certification: 'certificationKeys',
  status: 'status',
}

/** Filters whose values are folded before matching. */
export const FOLDED_FILTERS: ReadonlySet<keyof SearchFilters> = new Set(['productGroup', 'province', 'certification'])

export const FILTERABLE_FIELDS: readonly string[] = [
  ...new Set([...Object.values(FACET_FIELDS), ...Object.values(FILTER_FIELDS), 'producerId', 'provinceId', 'locale']),
]

export const SORTABLE_FIELDS = ['sortName', 'newestAwardYear', 'dateTs'] as const

/** Meilisearch ranking rules; the embedded engine mirrors words → proximity → attribute → exactness. */
export const RANKING_RULES = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'] as const

/**
 * Typo tolerance, counted on the folded word (diacritics are not typos): none up to 3 letters, one
 * from 4 ("khomm" → "khom", "hony" → "honey"), two from 8. Vietnamese syllables are short and differ
 * by one letter ("thuong"/"truong"), so the embedded engine spends the budget only on words the
 * catalogue does not hold, and a typo-forgiven match always ranks below an exact one. Enquiries are
 * searched by staff for names and references: exact.
 */
export const TYPO_TOLERANCE: Readonly<Record<IndexName, { enabled: boolean; oneTypo: number; twoTypos: number }>> = {
  public_vi: { enabled: true, oneTypo: 4, twoTypos: 8 },
  public_en: { enabled: true, oneTypo: 4, twoTypos: 8 },
  enquiries: { enabled: false, oneTypo: 4, twoTypos: 8 },
}

/**
 * The last query word also matches as a prefix (search as you type) from this many letters when it
 * is the only word; after other words a single letter is enough ("mat o"). Meilisearch prefixes
 * from the first letter; the embedded engine skips the lone first letter, which would match most of
 * the catalogue at the highest cost.
 */
export const MIN_PREFIX_LENGTH = 2

export const MAX_HITS_PER_PAGE = 100
export const DEFAULT_HITS_PER_PAGE = 20
/** Deepest hit a query can page to; Meilisearch's `pagination.maxTotalHits`. */
export const MAX_TOTAL_HITS = 10_000
export const MAX_VALUES_PER_FACET = 100
