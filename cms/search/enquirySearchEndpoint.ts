/**
 * GET /api/enquiries-search?q=…&status=…&page=… — enquiry search for staff and producers.
 *
 * The scope comes from the signed-in user, on the server, never from the request: a producer sees
 * its own enquiries, staff limited to provinces those of their provinces, admins and national staff
 * all. A parameter such as `producerId` or `scope` is refused (400) rather than ignored. While the
 * enquiry index is not ready (the embedded engine still loading it), the answer comes from the
 * database under the collection's own access rules, marked `source: "database"`.
 */
import type { Endpoint, PayloadRequest, Where } from 'payload'
import { producerOf, provinceScopeOf, roleOf, userOf } from '../access/roles'
import { buildIndexRecord } from '../../src/search/build-index-record'
import { SearchError, SearchQueryError } from '../../src/search/errors'
import { mapEnquiry } from '../../src/search/mappers/index'
import { parseSearchParams } from '../../src/search/parse-search-params'
import type { ResolvedSearchQuery } from '../../src/search/resolve-search-query'
import { toSearchHit } from '../../src/search/to-search-hit'
import type { EnquiryScope, SearchResult } from '../../src/search/types'
import { toCmsEnquiry } from './assembleCmsDocs'
import { isSearchReady } from './hosted-index'
import { searchPort } from './search-port'

export const ENQUIRY_SEARCH_PATH = '/enquiries-search'

const HEADERS = { 'Cache-Control': 'private, no-store', 'Content-Type': 'application/json; charset=utf-8' }

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: HEADERS })
}

/** The user's scope, or the response refusing them. */
export function enquiryScopeOf(req: PayloadRequest): EnquiryScope | Response {
  const user = userOf(req)
  const role = roleOf(user)
  if (!role) return json({ error: 'unauthorized', message: 'Sign in to search enquiries.' }, 401)
  if (role === 'producer') {
    const producer = producerOf(user)
    return producer === undefined ? json({ error: 'forbidden', message: 'This account is not linked to a producer.' }, 403) : { producerId: String(producer) }
  }
  const provinces = provinceScopeOf(user)
  return provinces ? { staff: true, provinceIds: provinces.map(String) } : { staff: true }
}

/** Same hits, straight from the database, with the collection's access rules doing the scoping. */
async function searchDatabase(req: PayloadRequest, query: ResolvedSearchQuery): Promise<SearchResult> {
  const started = performance.now()
  const words = query.q.split(' ').filter(Boolean)
  const and: Where[] = words.map((word) => ({
    or: ['reference', 'name', 'company', 'email', 'message'].map((field) => ({ [field]: { like: word } })),
  }))
  if (query.filters.status?.length) and.push({ status: { in: [...query.filters.status] } })
  const found = await req.payload.find({
    collection: 'enquiries',
    where: and.length > 0 ? { and } : {},
    overrideAccess: false,
    user: req.user,
    depth: 0,
    sort: query.sort === 'name' ? 'company' : '-createdAt',
    limit: query.hitsPerPage,
    page: query.page,
    req,
  })
  const hits = found.docs.flatMap((doc) => mapEnquiry(toCmsEnquiry(doc))).map((doc) => toSearchHit(buildIndexRecord(doc), []))
  return { hits, facets: {}, totalHits: found.totalDocs, page: query.page, hitsPerPage: query.hitsPerPage, tookMs: performance.now() - started }
}

export async function handleEnquirySearch(req: PayloadRequest): Promise<Response> {
  const scope = enquiryScopeOf(req)
  if (scope instanceof Response) return scope
  let query: ResolvedSearchQuery
  try {
    const params = req.searchParams ?? new URL(req.url ?? '', 'http://localhost').searchParams
    query = parseSearchParams(params, 'enquiries')
  } catch (error) {
    if (error instanceof SearchQueryError) return json({ error: error.code, message: error.message, issues: error.issues }, 400)
    throw error
  }
  try {
    if (!isSearchReady('enquiries')) return json({ ...(await searchDatabase(req, query)), source: 'database' })
    const result = await searchPort().searchEnquiries({ ...query, scope })
    return json({ ...result, hits: result.hits.map(({ score: _score, ...hit }) => hit), source: 'index' })
  } catch (error) {
    if (error instanceof SearchQueryError) return json({ error: error.code, message: error.message, issues: error.issues }, 400)
    if (error instanceof SearchError) {
      req.payload.logger.error({ err: error, msg: 'enquiry search failed' })
      return json({ error: error.code, message: 'Search is unavailable right now; try again shortly.' }, error.httpStatus)
    }
    throw error
  }
}

export const enquirySearchEndpoint: Endpoint = {
  path: ENQUIRY_SEARCH_PATH,
  method: 'get',
  handler: handleEnquirySearch,
}
