/**
 * Every response on its way out: the request id (in the logs of everything the request calls,
 * Payload included, and in `X-Request-Id`), the security headers (src/http/security-headers.ts),
 * cache headers a CDN can act on, a weak ETag so revalidation costs a 304, compression, the render
 * time (Server-Timing), and one access log line. A request whose body has a Content-Encoding is
 * refused (415) before anything reads it. Routes that set their own Cache-Control (media,
 * .ics, sitemap) keep it.
 */
import { createHash } from 'node:crypto'
import type { MiddlewareHandler } from 'astro'
import { refuseEncodedBody } from '../src/http/content-encoding'
import { baseSecurityHeaders, inlineScriptHashes, pagePolicy, RESOURCE_POLICY } from '../src/http/security-headers'
import { outsideRequest, withRequestId } from '../src/logging/request-context'
import { localeOfPath } from '../src/site/routes'
import { logAccess } from './lib/http/access-log'
import { cacheControlFor } from './lib/http/cache-policy'
import { encodeBody, type Encoded } from './lib/http/encode-body'
import { REFUSED_FORM_COOKIE, readRefusedForm } from './lib/http/refused-enquiry-forms'
import { readRequestInfo } from './lib/http/request-info'
import { payload } from './lib/payload'
import { startPublicSearch } from './lib/search-engine'

const TEXTUAL = /^(text\/(html|plain|calendar|xml)|application\/xml)/

export const onRequest: MiddlewareHandler = async (context, next) => {
  const started = performance.now()
  const info = readRequestInfo(context)
  // A compressed request body is refused before anything reads it (src/http/content-encoding.ts).
  const refused = refuseEncodedBody(context.request)
  // Payload, its job timers and the search index start with the first request, but outlive it:
  // started outside its context, their log lines do not carry its id. (Liveness waits for none.)
  // A failure here is left to the page (or /readyz) to report.
  if (!refused && context.url.pathname !== '/healthz') await outsideRequest(() => Promise.all([payload(), startPublicSearch()])).catch(() => undefined)
  // A refused no-JavaScript enquiry came back here (303): the page shows what the buyer typed.
  const refusedForm = context.request.method === 'GET' ? readRefusedForm(context.cookies.get(REFUSED_FORM_COOKIE)?.value) : undefined
  if (refusedForm) (context.locals as Record<string, unknown>).enquiryForm = refusedForm
  return withRequestId(info.requestId, async () => {
    const response = await finish(context, refused ?? (await next()), started, info.https, refusedForm !== undefined)
    response.headers.set('X-Request-Id', info.requestId)
    logAccess(context, response.status, started, info.clientAddress)
    return response
  })
}

async function finish(context: Parameters<MiddlewareHandler>[0], response: Response, started: number, https: boolean, personal: boolean): Promise<Response> {
  const headers = new Headers(response.headers)
  // A page showing one buyer's typed enquiry is theirs alone: never kept by a shared cache.
  if (personal) headers.set('Cache-Control', 'private, no-store')
  for (const [name, value] of Object.entries(baseSecurityHeaders(https))) headers.set(name, value)
  const type = headers.get('Content-Type')
  const html = type?.startsWith('text/html') === true
  const method = context.request.method
  if (!html) headers.set('Content-Security-Policy', RESOURCE_POLICY)
  if (!response.body || (!html && ((method !== 'GET' && method !== 'HEAD') || !TEXTUAL.test(type ?? '') || response.status >= 500))) {
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
  const raw = new Uint8Array(await response.arrayBuffer())
  if (html) {
    // The page's own inline scripts, and only those, may run.
    headers.set('Content-Security-Policy', pagePolicy(inlineScriptHashes(new TextDecoder().decode(raw)), https))
    if (!/charset/i.test(type ?? '')) headers.set('Content-Type', 'text/html; charset=utf-8')
    headers.set('Content-Language', localeOfPath(context.url.pathname))
  }
  if ((method !== 'GET' && method !== 'HEAD') || response.status >= 500) {
    return new Response(raw, { status: response.status, statusText: response.statusText, headers })
  }
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', cacheControlFor(response.status))
  // The whole render (data and HTML), for monitoring and the benchmark.
  headers.set('Server-Timing', `render;dur=${(performance.now() - started).toFixed(1)}`)
  const etag = `W/"${createHash('sha1').update(raw).digest('base64url').slice(0, 27)}"`
  headers.set('ETag', etag)
  headers.append('Vary', 'Accept-Encoding')
  if (response.status === 200 && context.request.headers.get('If-None-Match') === etag) {
    headers.delete('Content-Length')
    return new Response(null, { status: 304, headers })
  }
  const encoded: Encoded = import.meta.env.PROD ? encodeBody(raw, type, context.request.headers.get('Accept-Encoding')) : { body: raw }
  if (encoded.encoding) headers.set('Content-Encoding', encoded.encoding)
  headers.set('Content-Length', String(encoded.body.byteLength))
  return new Response(method === 'HEAD' ? null : encoded.body, { status: response.status, statusText: response.statusText, headers })
}
