/**
 * The request a piece of work belongs to, without passing it around: the site's middleware (and
 * the admin's API route) run each request inside `withRequestId`, and every log line written
 * meanwhile — by our code, by Payload's hooks and operations called in-process, by its database
 * adapter — carries the same `requestId`. The store sits on globalThis: Next.js and Vite may load
 * this module more than once in one process, and every copy must see the same context.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'

type RequestContext = { readonly requestId: string }

const KEY = Symbol.for('tieu-bieu.request-context')
const storage: AsyncLocalStorage<RequestContext> = ((globalThis as Record<symbol, unknown>)[KEY] ??=
  new AsyncLocalStorage<RequestContext>()) as AsyncLocalStorage<RequestContext>

/** Request ids we accept from a proxy: short, printable, no spaces (they end up in log lines). */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{8,128}$/

/** The id to use for a request: the proxy's `X-Request-Id` when one came and looks sane, else a new one. */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && ACCEPTABLE_ID.test(incoming) ? incoming : randomUUID()
}

export function withRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work)
}

/** The id of the request this code runs for, if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId
}

/**
 * Run `work` outside any request: for what lives longer than the request that happened to start
 * it (Payload's start-up with its job timers, a search index loading), so its log lines do not
 * carry that first request's id forever.
 */
export function outsideRequest<T>(work: () => T): T {
  return storage.exit(work)
}
