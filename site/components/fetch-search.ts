/**
 * The island's one request: a state to /api/search and back, as what the page should show.
 * Network errors (an abort by a newer state included) are thrown to the caller, which knows
 * whether the request is still the newest.
 */
import { queryReadingOf, type QueryReading } from '../../src/search/query-reading'
import { DEFAULT_HITS_PER_PAGE } from '../../src/search/settings/index-settings'
import { pageCount, problemOf, stateToParams, toPageHits, type SearchAnswer, type SearchProblem, type SearchState } from './search-state'

type ApiAnswer = QueryReading & {
  hits: Parameters<typeof toPageHits>[0]
  facets: SearchAnswer['facets']
  totalHits: number
  page: number
  hitsPerPage: number
}
type ApiError = { issues?: { field: string; message: string }[] }

export type SearchOutcome = { kind: 'answer'; answer: SearchAnswer } | { kind: 'problem'; problem: SearchProblem } | { kind: 'unavailable' }

export async function fetchSearch(state: SearchState, locale: 'vi' | 'en', signal: AbortSignal): Promise<SearchOutcome> {
  const params = stateToParams(state)
  params.set('locale', locale)
  params.set('hitsPerPage', String(DEFAULT_HITS_PER_PAGE))
  const response = await fetch(`/api/search?${params}`, { signal, headers: { accept: 'application/json' } })
  const body = (await response.json()) as ApiAnswer & ApiError
  if (response.status === 400) return { kind: 'problem', problem: problemOf(body.issues ?? []) }
  if (!response.ok) return { kind: 'unavailable' }
  const reading = queryReadingOf(body)
  return {
    kind: 'answer',
    answer: {
      hits: toPageHits(body.hits),
      facets: body.facets ?? {},
      totalHits: body.totalHits,
      page: body.page,
      pages: pageCount(body.totalHits, body.hitsPerPage),
      ...(reading ? { reading } : {}),
    },
  }
}
