/**
 * What `/readyz` answers. The database is essential: without it nothing can be served, so the
 * process is `unavailable` (503, a load balancer takes it out). The search engine is not: pages
 * fall back to the database while it loads or if it stops, so the process is `degraded` (200, it
 * keeps serving) and the reason says what is wrong. `/healthz` only says the process is alive.
 */
import { redactCredentials } from '../logging/redact-credentials'

export type CheckOutcome = { status: 'ok'; detail?: string } | { status: 'failed'; reason: string }
export type Check = () => Promise<CheckOutcome>

export type ReadinessReport = {
  status: 'ready' | 'degraded' | 'unavailable'
  service: string
  checks: {
    database: CheckOutcome & { ms: number }
    search: CheckOutcome & { ms: number; engine: string }
  }
}

/** A check that does not answer within this is treated as failed (a hung database is a down one). */
export const CHECK_TIMEOUT_MS = 3_000

async function timed(check: Check, timeoutMs: number): Promise<CheckOutcome & { ms: number }> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<CheckOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'failed', reason: `no answer within ${timeoutMs} ms` }), timeoutMs)
  })
  let outcome: CheckOutcome
  try {
    outcome = await Promise.race([check(), timeout])
  } catch (error) {
    outcome = { status: 'failed', reason: error instanceof Error ? error.message : String(error) }
  } finally {
    clearTimeout(timer)
  }
  // The reason is shown on /readyz: a driver's message may hold the connection string's credentials.
  if (outcome.status === 'failed') outcome = { ...outcome, reason: redactCredentials(outcome.reason) }
  return { ...outcome, ms: Math.round(performance.now() - started) }
}

export async function checkReadiness(
  service: string,
  checks: { database: Check; search: Check; searchEngine: string },
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<ReadinessReport> {
  const [database, search] = await Promise.all([timed(checks.database, timeoutMs), timed(checks.search, timeoutMs)])
  const status = database.status === 'failed' ? 'unavailable' : search.status === 'failed' ? 'degraded' : 'ready'
  return { status, service, checks: { database, search: { ...search, engine: checks.searchEngine } } }
}

/** The HTTP answer: 503 only when the process cannot serve at all. */
export function readinessResponse(report: ReadinessReport): Response {
  return Response.json(report, { status: report.status === 'unavailable' ? 503 : 200, headers: { 'cache-control': 'no-store' } })
}

/** `/healthz`: the process is up and its event loop turns; nothing else is asked. */
export function livenessResponse(service: string): Response {
  return Response.json({ status: 'alive', service, uptimeSeconds: Math.round(process.uptime()) }, { headers: { 'cache-control': 'no-store' } })
}
