/**
 * Every response on its way out: cache headers a CDN can act on, a weak ETag so revalidation
 * costs a 304, compression, the render time (Server-Timing), and a few safe security headers.
 * Routes that set their own Cache-Control (media, .ics, sitemap) keep it.
 */
import { createHash } from 'node:crypto'
import type { MiddlewareHandler } from 'astro'
import { localeOfPath } from '../src/site/routes'
import { cacheControlFor } from './lib/http/cache-policy'
import { encodeBody, type Encoded } from './lib/http/encode-body'

const TEXTUAL = /^(text\/(html|plain|calendar|xml)|application\/xml)/

export const onRequest: MiddlewareHandler = async (context, next) => {
  const started = performance.now()
  const response = await next()
  const headers = new Headers(response.headers)
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  const type = headers.get('Content-Type')
  const method = context.request.method
  if ((method !== 'GET' && method !== 'HEAD') || !TEXTUAL.test(type ?? '') || response.status >= 500 || !response.body) {
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
  if (type?.startsWith('text/html')) {
    if (!/charset/i.test(type)) headers.set('Content-Type', 'text/html; charset=utf-8')
    headers.set('Content-Language', localeOfPath(context.url.pathname))
    headers.set('X-Frame-Options', 'SAMEORIGIN')
  }
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', cacheControlFor(response.status))
  const raw = new Uint8Array(await response.arrayBuffer())
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
