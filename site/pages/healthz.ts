/** GET /healthz — the site process is alive (for systemd, Docker and the load balancer). */
import type { APIRoute } from 'astro'
import { livenessResponse } from '../../src/health/readiness'
import { siteEnv } from '../lib/env'

export const prerender = false

export const GET: APIRoute = () => livenessResponse(siteEnv().SERVICE_NAME)
