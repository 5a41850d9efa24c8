/**
 * The product list's filters as they travel in the address: product group and province (slugs,
 * or a former province's name), award level and year, certification, fair (slug), and the page. Parsing is
 * forgiving (an unknown value is dropped, not an error) so an old or hand-typed link still works.
 */
import { isAwardLevel, type AwardLevel } from '../awards/award-levels'
import { cleanLine } from '../text/clean-text'

export const CERTIFICATION_KINDS = ['ocop', 'vietgap', 'haccp', 'iso22000', 'organic', 'gi', 'other'] as const
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number]

export type ProductFilters = {
  group?: string
  province?: string
  level?: AwardLevel
  year?: number
  cert?: CertificationKind
  /** A fair's slug: the products shown there. */
  fair?: string
  page: number
}

export const FILTER_KEYS = ['group', 'province', 'level', 'year', 'cert', 'fair'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]

/** A text filter as the page may echo it: cleaned of control and bidi characters, at most `max` characters. */
export function shortText(value: string | null | undefined, max = 80): string | undefined {
  const text = cleanLine(value ?? '')
    .slice(0, max)
    .trim()
  return text ? text : undefined
}

export function parsePage(value: string | null | undefined): number {
  const page = Number(value)
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1
}

export function parseYear(value: string | null | undefined): number | undefined {
  const year = Number(value)
  return value && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined
}

export function parseProductFilters(params: URLSearchParams): ProductFilters {
  const level = params.get('level')
  const cert = params.get('cert')
  return {
    group: shortText(params.get('group')),
    province: shortText(params.get('province')),
    level: isAwardLevel(level) ? level : undefined,
    year: parseYear(params.get('year')),
    cert: (CERTIFICATION_KINDS as readonly string[]).includes(cert ?? '') ? (cert as CertificationKind) : undefined,
    fair: shortText(params.get('fair')),
    page: parsePage(params.get('page')),
  }
}

/** True when any filter (not the page) is set. */
export function hasFilters(filters: ProductFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== undefined)
}

/**
 * The query string for these filters with some changed, e.g. the next page, or one filter
 * removed (`{ province: undefined }`). Changing a filter goes back to page 1.
 */
export function filtersQuery(filters: ProductFilters, change: Partial<ProductFilters> = {}): string {
  const next = { ...filters, ...change }
  if (!('page' in change)) next.page = 1
  const params = new URLSearchParams()
  for (const key of FILTER_KEYS) {
    const value = next[key]
    if (value !== undefined && value !== '') params.set(key, String(value))
  }
  if (next.page > 1) params.set('page', String(next.page))
  const query = params.toString()
  return query ? `?${query}` : ''
}
