/**
 * Every admin request passes here first (Next's proxy):
 * - a request id (from our reverse proxy's X-Request-Id, or a new one), handed to the API route
 *   (its log lines carry it) and sent back in X-Request-Id;
 * - the admin pages' Content-Security-Policy with a fresh nonce, which Next reads from the request
 *   headers and puts on its own inline scripts; HSTS when the request came over https (the admin
 *   listens behind the reverse proxy only, see deploy/); the static security headers are in
 *   next.config.mjs;
 * - the admin speaks Vietnamese by default, whatever language the browser asks for: staff and
 *   producers share screenshots and instructions in Vietnamese. Payload keeps the language in the
 *   `payload-lng` cookie, so a first visit gets "vi"; choosing English in the account settings
 *   replaces the cookie and sticks;
 * - a request whose body has a Content-Encoding is refused (415) before Next or Payload reads it
 *   (src/http/content-encoding.ts);
 * - an anonymous post to the admin's server functions is limited to what the sign-in pages need
 *   (CVE-2026-130165, cms/limits/server-actions.ts).
 */
import { NextResponse, type NextRequest } from 'next/server'
import { loadEnv } from '../src/config/env'
import { refuseEncodedBody } from '../src/http/content-encoding'
import { adminPolicy, HSTS, PRINT_POLICY, RESOURCE_POLICY } from '../src/http/security-headers'
import { requestIdFrom } from '../src/logging/request-context'
import { limitAnonymousServerAction } from './limits/server-actions'

const COOKIE = 'payload-lng'
let payloadSecret: string | undefined

function isAdminPage(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/')
}

// The labels endpoint answers an HTML page meant for printing (cms/labels).
const isPrintPage = (pathname: string) => pathname === '/api/labels'

export function proxy(request: NextRequest) {
  payloadSecret ??= loadEnv().PAYLOAD_SECRET
  const refused = refuseEncodedBody(request) ?? limitAnonymousServerAction(request, request.nextUrl.pathname, payloadSecret)
  if (refused) return refused
  const headers = new Headers(request.headers)
  const requestId = requestIdFrom(request.headers.get('x-request-id'))
  headers.set('x-request-id', requestId)
  const https = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' || request.nextUrl.protocol === 'https:'
  const admin = isAdminPage(request.nextUrl.pathname)
  const nonce = admin ? btoa(crypto.randomUUID()) : undefined
  const policy = nonce ? adminPolicy(nonce, https) : isPrintPage(request.nextUrl.pathname) ? PRINT_POLICY : RESOURCE_POLICY
  if (nonce) headers.set('content-security-policy', policy)
  const setLanguage = admin && !request.cookies.has(COOKIE)
  if (setLanguage) headers.set('cookie', [request.headers.get('cookie'), `${COOKIE}=vi`].filter(Boolean).join('; '))

  const response = NextResponse.next({ request: { headers } })
  response.headers.set('X-Request-Id', requestId)
  response.headers.set('Content-Security-Policy', policy)
  if (https) response.headers.set('Strict-Transport-Security', HSTS)
  if (setLanguage) response.cookies.set(COOKIE, 'vi', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

// Not Next's build output (hashed static files): the static headers of next.config.mjs cover those.
export const config = { matcher: ['/((?!_next/static|_next/image).*)'] }
