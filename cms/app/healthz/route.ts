/** GET /healthz — the admin process is alive (outside /api, so Payload's routing never sees it). */
import { loadEnv } from '../../../src/config/env'
import { livenessResponse } from '../../../src/health/readiness'

export const dynamic = 'force-dynamic'

export function GET(): Response {
  return livenessResponse(loadEnv().SERVICE_NAME)
}
