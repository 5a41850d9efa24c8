/** The island's words (site/i18n) and the small text helpers its parts share. */
import type { PublicFacet, PublicKind, SearchSort } from '../../src/search/types'
import type { SearchAnswer } from './search-state'

export type SearchIslandLabels = {
  /** The page's heading without a query, and "Results for “{q}”" with one. */
  title: string
  titleFor: string
  /** Added to the page title: "Results for “mật ong” — Tiêu Biểu". */
  siteName: string
  label: string
  placeholder: string
  submit: string
  /** "{count} results" */
  results: string
  resultOne: string
  /** "Nothing found for “{q}”…" */
  none: string
  empty: string
  /** "… at most {max} characters …" */
  tooLong: string
  invalid: string
  unavailable: string
  filtersUnavailable: string
  resultsLabel: string
  keyboardHint: string
  filters: string
  clearFilters: string
  selected: string
  facet: Record<PublicFacet, string>
  kinds: Record<PublicKind, string>
  sort: string
  sorts: Record<SearchSort, string>
  /** "Awarded {year}" */
  awardYear: string
  levels: Record<string, string>
  pagination: { label: string; previous: string; next: string; page: string }
  /** "Read as … “{q}”" (Telex/VNI), "Nothing matches {words}…", "No results with the exact accents of “{q}”…", "Did you mean" */
  readAs: string
  /** "No results for “{typed}”; showing results for “{q}”." */
  respelled: string
  ignored: string
  approximate: string
  suggestion: string
}

/** "{count} results" with the values put in; an unknown key stays as it is. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))

export function chipLabel(key: PublicFacet, value: string, labels: SearchIslandLabels): string {
  if (key === 'kind') return labels.kinds[value as PublicKind] ?? value
  if (key === 'awardLevel') return labels.levels[value] ?? value
  return value
}

/** The line under a hit: province, product group, newest award year, a fair's start. */
export function facts(hit: SearchAnswer['hits'][number], labels: SearchIslandLabels, locale: 'vi' | 'en'): string[] {
  const out: string[] = []
  if (hit.date) {
    const day = new Date(`${hit.date.slice(0, 10)}T00:00:00Z`)
    if (!Number.isNaN(day.getTime()))
      out.push(new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day))
  }
  if (hit.province) out.push(hit.province)
  if (hit.productGroup) out.push(hit.productGroup)
  if (hit.newestAwardYear) out.push(fill(labels.awardYear, { year: hit.newestAwardYear }))
  return out
}
