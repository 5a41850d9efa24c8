/**
 * One log line per request (the request id comes from the context): method, path, status,
 * duration and the client's address behind the proxies. Health probes, which a load balancer
 * sends every few seconds, are logged at debug so they do not drown the rest.
 */
import type { APIContext } from 'astro'
import { processLogger } from '../../../src/logging/create-logger'
import { siteEnv } from '../env'

const PROBES = new Set(['/healthz', '/readyz'])

export function logAccess(context: APIContext, status: number, started: number, client: string): void {
  const env = siteEnv()
  const logger = processLogger({ ...env, service: env.SERVICE_NAME })
  const line = { method: context.request.method, path: context.url.pathname, status, ms: Math.round(performance.now() - started), client, msg: 'request' }
  if (PROBES.has(context.url.pathname)) logger.debug(line)
  else if (status >= 500) logger.error(line)
  else logger.info(line)
}
