/**
 * The search page's state as it lives in the address bar (q, filters, sort, page), and the pure
 * helpers both sides share: the server page reads the URL with them, and the search island
 * (SearchIsland.tsx) builds the same URLs for its chips, paging and history.replaceState. It
 * imports only constants from src/search (filters, sorts, page sizes) and the text cleaner (itself
 * import-free), so the island stays small. Every value read from the address is cleaned of control
 * and bidi characters: the query is echoed in <title>, <h1> and the search box.
 *
 *   /tim-kiem?q=mat+ong&kind=product&province=Hà+Nội&sort=newestAward&page=2
 *
 * Parameter names are the ones /api/search takes, so the island can pass them straight on.
 */
import { DEFAULT_HITS_PER_PAGE, MAX_TOTAL_HITS } from '../../src/search/settings/index-settings'
import { PUBLIC_FACETS, SEARCH_SORTS, type PublicFacet, type PublicKind, type SearchSort } from '../../src/search/types'
import type { QueryReading } from '../../src/search/query-reading'
import { thumbnailPath } from '../../src/search/thumbnail-path'
import { cleanLine } from '../../src/text/clean-text'

export interface SearchState {
  readonly q: string
  readonly filters: Readonly<Partial<Record<PublicFacet, readonly string[]>>>
  readonly sort: SearchSort
  readonly page: number
}

/** One result as the page shows it: a link with its kind, a snippet and a few facts. */
export interface PageHit {
  readonly kind: PublicKind
  readonly id: string
  readonly url: string
  readonly title: string
  readonly snippet: string
  readonly province?: string
  readonly productGroup?: string
  readonly newestAwardYear?: number
  /** A fair's start (ISO date). */
  readonly date?: string
  /** Site path of a small square picture. */
  readonly thumbnail?: string
}

export type FacetCounts = Readonly<Partial<Record<string, Readonly<Record<string, number>>>>>

/** What the page renders: the engine's answer or the database fallback's, in one shape. */
export interface SearchAnswer {
  readonly hits: readonly PageHit[]
  /** Facet → value → count; empty when the database fallback answered. */
  readonly facets: FacetCounts
  readonly totalHits: number
  readonly page: number
  readonly pages: number
  /** How the engine read the query (words left out, near matches, suggestion, Telex reading). */
  readonly reading?: QueryReading
}

/** Why a search could not be run, as a message key: `tooLong` or `invalid`. */
export type SearchProblem = 'tooLong' | 'invalid'

const MAX_PAGE = MAX_TOTAL_HITS / DEFAULT_HITS_PER_PAGE

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevance', page: 1 }

/**
 * Read the page's state from its URL, leniently: unknown parameters (utm_…) are ignored, an
 * unknown sort reads as relevance and a bad page number as 1. Text is kept as given; checking
 * its length and characters is the search port's job (resolveSearchQuery), which says what is wrong.
 */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: Partial<Record<PublicFacet, string[]>> = {}
  for (const key of PUBLIC_FACETS) {
    const values = [...new Set(params.getAll(key).map(cleanLine).filter(Boolean))]
    if (values.length > 0) filters[key] = values
  }
  const sort = params.get('sort') ?? ''
  const page = Number(params.get('page') ?? '1')
  return {
    q: cleanLine(params.get('q') ?? ''),
    filters,
    sort: SEARCH_SORTS.find((known) => known === sort) ?? 'relevance',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  }
}

/** The state as URL parameters, defaults left out: `q=mat+ong&kind=product&page=2`. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams()
  const q = state.q.trim()
  if (q) params.set('q', q)
  for (const key of PUBLIC_FACETS) for (const value of state.filters[key] ?? []) params.append(key, value)
  if (state.sort !== 'relevance') params.set('sort', state.sort)
  if (state.page > 1) params.set('page', String(state.page))
  return params
}

/** The search page's address for a state. */
export function hrefFor(path: string, state: SearchState): string {
  const search = stateToParams(state).toString()
  return search ? `${path}?${search}` : path
}

export function hasFilters(state: SearchState): boolean {
  return PUBLIC_FACETS.some((key) => (state.filters[key]?.length ?? 0) > 0)
}

/** Whether there is anything to search for: words or at least one filter. */
export function isActive(state: SearchState): boolean {
  return state.q.trim() !== '' || hasFilters(state)
}

/** The state with one filter value switched on or off, back on page 1. */
export function toggleFilter(state: SearchState, key: PublicFacet, value: string): SearchState {
  const current = state.filters[key] ?? []
  const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  const filters = { ...state.filters }
  if (values.length > 0) filters[key] = values
  else delete filters[key]
  return { ...state, filters, page: 1 }
}

export interface Chip {
  readonly key: PublicFacet
  readonly value: string
  readonly count: number
  readonly selected: boolean
  /** The page with this value toggled: a plain link that works without JavaScript. */
  readonly href: string
}

export interface ChipGroup {
  readonly key: PublicFacet
  readonly chips: readonly Chip[]
}

/**
 * Facet values as chips, per filter: the most frequent first (years newest first), at most
 * `perFacet` of them, and every chosen value even when it has no hits left. A filter with a single
 * value that is not chosen would narrow nothing, so it is left out.
 */
export function chipGroups(facets: FacetCounts, state: SearchState, path: string, perFacet = 8): ChipGroup[] {
  const groups: ChipGroup[] = []
  for (const key of PUBLIC_FACETS) {
    const counts = facets[key] ?? {}
    const chosen = state.filters[key] ?? []
    const order =
      key === 'awardYear'
        ? (a: [string, number], b: [string, number]) => Number(b[0]) - Number(a[0])
        : (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi')
    const values = Object.entries(counts)
      .filter(([, count]) => count > 0)
      .sort(order)
      .slice(0, perFacet)
    for (const value of chosen) if (!values.some(([v]) => v === value)) values.push([value, counts[value] ?? 0])
    if (values.length < 2 && chosen.length === 0) continue
    groups.push({
      key,
      chips: values.map(([value, count]) => ({ key, value, count, selected: chosen.includes(value), href: hrefFor(path, toggleFilter(state, key, value)) })),
    })
  }
  return groups
}

/** Pages to offer for a number of hits (the engines stop at 10,000). */
export function pageCount(totalHits: number, hitsPerPage = DEFAULT_HITS_PER_PAGE): number {
  return Math.max(1, Math.min(Math.ceil(totalHits / hitsPerPage), Math.floor(MAX_TOTAL_HITS / hitsPerPage)))
}

export function isPageInRange(page: number): boolean {
  return page <= MAX_PAGE
}

/** A hit from the engine, the API or the database fallback, reduced to what the page shows. */
export function toPageHit(hit: {
  kind: string
  id?: string
  sourceId?: string
  url: string
  title: string
  snippet?: string
  province?: string
  productGroup?: string
  newestAwardYear?: number
  date?: string
  thumbnail?: string
}): PageHit | undefined {
  if (hit.kind !== 'product' && hit.kind !== 'producer' && hit.kind !== 'fair') return undefined
  return {
    kind: hit.kind,
    id: hit.id ?? `${hit.kind}-${hit.sourceId ?? hit.url}`,
    url: hit.url,
    title: hit.title,
    snippet: hit.snippet ?? '',
    ...(hit.province ? { province: hit.province } : {}),
    ...(hit.productGroup ? { productGroup: hit.productGroup } : {}),
    ...(typeof hit.newestAwardYear === 'number' ? { newestAwardYear: hit.newestAwardYear } : {}),
    ...(hit.date ? { date: hit.date } : {}),
    ...(thumbnailPath(hit.thumbnail) ? { thumbnail: thumbnailPath(hit.thumbnail)! } : {}),
  }
}

export function toPageHits(hits: readonly Parameters<typeof toPageHit>[0][]): PageHit[] {
  return hits.map(toPageHit).filter((hit): hit is PageHit => hit !== undefined)
}

/** The problem a rejected query has, from the port's issues ({ field, message }). */
export function problemOf(issues: readonly { field: string; message: string }[]): SearchProblem {
  return issues.some((issue) => issue.field === 'q' && /at most/.test(issue.message)) ? 'tooLong' : 'invalid'
}
