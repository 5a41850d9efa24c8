/**
 * GET /api/search?q=…&locale=vi|en&page=…&province=…&facets=… — the public search as JSON, for the
 * search island (and anyone). The work is in src/search/http/handle-search-request.ts, reached
 * through the site's search entry point.
 */
import type { APIRoute } from 'astro'
import { answerSearchRequest } from '../../lib/search-engine'

export const prerender = false

export const GET: APIRoute = ({ url }) => answerSearchRequest(url)
