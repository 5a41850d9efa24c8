/**
 * GET /readyz — can this site process serve? The database must answer (else 503); the search
 * engine is ready or the answer is "degraded" with the reason (pages then use the database).
 */
import type { APIRoute } from 'astro'
import { checkProcessReadiness } from '../../cms/health/check-readiness'
import { readinessResponse } from '../../src/health/readiness'
import { siteEnv } from '../lib/env'
import { payload } from '../lib/payload'
import { startPublicSearch } from '../lib/search-engine'

export const prerender = false

export const GET: APIRoute = async () => {
  const instance = await payload()
  // The site holds the public index (embedded engine): asking for readiness starts loading it.
  void startPublicSearch().catch(() => undefined)
  return readinessResponse(await checkProcessReadiness(instance, siteEnv()))
}
