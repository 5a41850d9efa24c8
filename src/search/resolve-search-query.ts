import { z } from 'zod'
import { normalizeText } from '../text/normalize-text'
import { SearchQueryError, type SearchQueryIssue } from './errors'
import { DEFAULT_HITS_PER_PAGE, MAX_HITS_PER_PAGE, MAX_TOTAL_HITS } from './settings/index-settings'
import {
  AWARD_LEVELS,
  ENQUIRY_FACETS,
  ENQUIRY_STATUSES,
  LOCALES,
  PUBLIC_FACETS,
  PUBLIC_KINDS,
  SEARCH_SORTS,
  type EnquiryScope,
  type FacetName,
  type Locale,
  type SearchFilters,
  type SearchQuery,
  type SearchSort,
} from './types'

export const MAX_QUERY_LENGTH = 200
export const MAX_FILTER_VALUE_LENGTH = 100
export const MAX_FILTER_VALUES = 20

/** Which index a query is for: they accept different filters and facets. */
export type QueryTarget = 'public' | 'enquiries'

/** A query with every default filled in and every value checked. */
export interface ResolvedSearchQuery {
  readonly q: string
  readonly locale: Locale
  readonly filters: SearchFilters
  readonly sort: SearchSort
  readonly page: number
  readonly hitsPerPage: number
  readonly facets: readonly FacetName[]
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
// Tab, line feed and carriage return are whitespace a paste can bring; other control characters are not text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are removed or refused
const CONTROL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/

/** Text checks shared by the query and filter values; the message says what to fix. */
function checkText(value: string, ctx: z.RefinementCtx): void {
  // URL decoding turns broken UTF-8 and lone surrogates into U+FFFD, so its presence is the sign of either.
  if (value.includes('\uFFFD')) ctx.addIssue({ code: 'custom', message: 'is not valid UTF-8 (percent-encode the text as UTF-8)' })
  else if (LONE_SURROGATE.test(value)) ctx.addIssue({ code: 'custom', message: 'contains a lone UTF-16 surrogate, which is not text' })
  if (CONTROL_CHAR.test(value)) ctx.addIssue({ code: 'custom', message: 'contains control characters' })
}

const filterText = z
  .string()
  .superRefine(checkText)
  .transform(normalizeText)
  .pipe(z.string().min(1, 'must not be empty').max(MAX_FILTER_VALUE_LENGTH, `must be at most ${MAX_FILTER_VALUE_LENGTH} characters`))

function list<T extends z.ZodType>(item: T) {
  return z.array(item).max(MAX_FILTER_VALUES, `takes at most ${MAX_FILTER_VALUES} values`).optional()
}

const filtersSchema = z.strictObject({
  kind: list(z.enum(PUBLIC_KINDS, `must be one of ${PUBLIC_KINDS.join(', ')}`)),
  productGroup: list(filterText),
  province: list(filterText),
  awardLevel: list(z.enum(AWARD_LEVELS, `must be one of ${AWARD_LEVELS.join(', ')}`)),
  awardYear: list(z.coerce.number('must be a year').int('must be a year').min(1900, 'must be a year').max(2200, 'must be a year')),
  certification: list(filterText),
  status: list(z.enum(ENQUIRY_STATUSES, `must be one of ${ENQUIRY_STATUSES.join(', ')}`)),
})

const querySchema = z.strictObject({
  q: z
    .string('must be text')
    .superRefine(checkText)
    .transform(normalizeText)
    .refine((q) => [...q].length <= MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`),
  locale: z.enum(LOCALES, `must be one of ${LOCALES.join(', ')}`),
  filters: filtersSchema.default({}),
  sort: z.enum(SEARCH_SORTS, `must be one of ${SEARCH_SORTS.join(', ')}`).default('relevance'),
  page: z.coerce.number('must be a whole number from 1').int('must be a whole number from 1').min(1, 'must be a whole number from 1').default(1),
  hitsPerPage: z.coerce
    .number('must be a whole number')
    .int('must be a whole number')
    .min(1, `must be from 1 to ${MAX_HITS_PER_PAGE}`)
    .max(MAX_HITS_PER_PAGE, `must be from 1 to ${MAX_HITS_PER_PAGE}`)
    .default(DEFAULT_HITS_PER_PAGE),
  facets: z.array(z.enum([...PUBLIC_FACETS, ...ENQUIRY_FACETS], 'is not a facet')).default([]),
  scope: z.unknown().optional(),
})

function issuesOf(error: z.ZodError): SearchQueryIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path.filter((part) => typeof part === 'string').join('.') || 'query'
    const message = issue.code === 'unrecognized_keys' ? `unknown ${issue.keys.length > 1 ? 'fields' : 'field'} ${issue.keys.join(', ')}` : issue.message
    return { field, message }
  })
}

/** Rules that depend on the target index rather than on single values. */
function targetIssues(query: ResolvedSearchQuery, target: QueryTarget): SearchQueryIssue[] {
  const issues: SearchQueryIssue[] = []
  const allowedFacets: readonly FacetName[] = target === 'public' ? PUBLIC_FACETS : ENQUIRY_FACETS
  for (const facet of query.facets) {
    if (!allowedFacets.includes(facet)) issues.push({ field: 'facets', message: `${facet} is not a facet of the ${target} index` })
  }
  if (target === 'public' && query.filters.status) issues.push({ field: 'filters.status', message: 'is only available for enquiries' })
  if (target === 'enquiries' && query.filters.kind) issues.push({ field: 'filters.kind', message: 'is not available for enquiries' })
  if (query.page * query.hitsPerPage > MAX_TOTAL_HITS) {
    issues.push({ field: 'page', message: `goes past the first ${MAX_TOTAL_HITS} hits; narrow the search instead` })
  }
  return issues
}

/**
 * The queries this function returned, with the index each was checked for. A query is resolved
 * once on its way: where it enters (the URL parser, the search page) or else at the port; a port
 * handed one already resolved for its index takes it as it is.
 */
const RESOLVED = new WeakMap<object, QueryTarget>()

function isResolved(query: SearchQuery | ResolvedSearchQuery, target: QueryTarget): query is ResolvedSearchQuery {
  return RESOLVED.get(query) === target
}

/** Check a query and fill in defaults; throws SearchQueryError listing every problem. */
export function resolveSearchQuery(query: SearchQuery | ResolvedSearchQuery, target: QueryTarget): ResolvedSearchQuery {
  if (isResolved(query, target)) return query
  const resolved = checkSearchInput(query, target)
  RESOLVED.set(resolved, target)
  return resolved
}

/** The same checks for input of no known shape, such as a URL's parameters (numbers still text). */
export function resolveSearchInput(input: Readonly<Record<string, unknown>>, target: QueryTarget): ResolvedSearchQuery {
  const resolved = checkSearchInput(input, target)
  RESOLVED.set(resolved, target)
  return resolved
}

function checkSearchInput(query: unknown, target: QueryTarget): ResolvedSearchQuery {
  const parsed = querySchema.safeParse(query)
  if (!parsed.success) throw new SearchQueryError(issuesOf(parsed.error), { cause: parsed.error })
  const { scope: _scope, ...resolved } = parsed.data
  const issues = targetIssues(resolved, target)
  if (issues.length > 0) throw new SearchQueryError(issues)
  return { ...resolved, facets: [...new Set(resolved.facets)] }
}

/**
 * Check an enquiry scope. Fails closed: anything but a non-empty producer id or an explicit staff
 * scope is refused, so a missing id never widens the search to every producer's enquiries. A staff
 * scope limited to provinces must name at least one: an empty list is refused rather than read as
 * "the whole country".
 */
export function resolveEnquiryScope(scope: EnquiryScope | undefined): EnquiryScope {
  if (scope && 'producerId' in scope && typeof scope.producerId === 'string' && scope.producerId.trim().length > 0) {
    return { producerId: scope.producerId.trim() }
  }
  if (scope && 'staff' in scope && scope.staff === true && !('producerId' in scope)) {
    const provinceIds = (scope as { provinceIds?: unknown }).provinceIds
    if (provinceIds === undefined) return { staff: true }
    const ids = Array.isArray(provinceIds) ? provinceIds.map((id) => (typeof id === 'string' || typeof id === 'number' ? String(id).trim() : '')) : []
    if (ids.length > 0 && ids.every((id) => id.length > 0)) return { staff: true, provinceIds: [...new Set(ids)] }
    throw new SearchQueryError([{ field: 'scope.provinceIds', message: 'must list at least one province id, or be left out for staff who see every province' }])
  }
  throw new SearchQueryError([{ field: 'scope', message: 'must name a producer id, or be { staff: true } for staff' }])
}
