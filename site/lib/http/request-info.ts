/**
 * Who sent this request and how, worked out once by the middleware behind the configured
 * proxies (TRUSTED_PROXIES), and kept on Astro's `locals` for the endpoints (the enquiry rate
 * limits count per client address).
 */
import type { APIContext } from 'astro'
import { clientAddress, createProxyTrust, type ProxyTrust, requestIsHttps } from '../../../src/http/client-address'
import { requestIdFrom } from '../../../src/logging/request-context'
import { siteEnv } from '../env'

export type RequestInfo = { readonly requestId: string; readonly clientAddress: string; readonly https: boolean }

let trust: ProxyTrust | undefined

function socketAddressOf(context: APIContext): string | undefined {
  try {
    return context.clientAddress
  } catch {
    // Astro throws when the adapter cannot tell (never with the Node server; kept safe for dev tools).
    return undefined
  }
}

export function readRequestInfo(context: APIContext): RequestInfo {
  trust ??= createProxyTrust(siteEnv().TRUSTED_PROXIES)
  const headers = context.request.headers
  const socket = socketAddressOf(context)
  const fromProxy = socket !== undefined && trust(socket)
  const info: RequestInfo = {
    // A request id is taken over only from our own proxy (nginx sets it), so logs join up end to end.
    requestId: requestIdFrom(fromProxy ? headers.get('x-request-id') : null),
    clientAddress: clientAddress(headers.get('x-forwarded-for'), socket, trust),
    https: requestIsHttps(context.url, headers.get('x-forwarded-proto'), socket, trust),
  }
  ;(context.locals as Record<string, unknown>).requestInfo = info
  return info
}

/** What the middleware found for this request (endpoints run after it). */
export function requestInfoOf(context: APIContext): RequestInfo {
  return ((context.locals as Record<string, unknown>).requestInfo as RequestInfo | undefined) ?? readRequestInfo(context)
}
