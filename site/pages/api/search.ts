/**
 * GET /api/search?q=…&locale=vi|en&page=…&province=…&facets=… — the public search as JSON, for the
 * search island (and anyone). The work is in src/search/http/handle-search-request.ts.
 */
import type { APIRoute } from 'astro'
import { handleSearchRequest } from '../../../src/search/http/handle-search-request'
import { payload } from '../../lib/payload'
import { searchPublic, waitForSearch } from '../../lib/search-engine'

export const prerender = false

/** The first request after a restart may wait this long for the index before a 503. */
const WARM_UP_WAIT_MS = 3_000

export const GET: APIRoute = ({ url }) =>
  handleSearchRequest(url, {
    search: searchPublic,
    ready: () => waitForSearch(WARM_UP_WAIT_MS),
    onError: (error) => {
      void payload().then((instance) => instance.logger.error({ err: error, msg: 'public search failed' }))
    },
  })
