/** GET /readyz — can the admin serve: its database, and the search engine it uses (see cms/health). */
import config from '@payload-config'
import { getPayload } from 'payload'
import { loadEnv } from '../../../src/config/env'
import { readinessResponse } from '../../../src/health/readiness'
import { checkProcessReadiness } from '../../health/check-readiness'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const payload = await getPayload({ config })
  return readinessResponse(await checkProcessReadiness(payload, loadEnv()))
}
