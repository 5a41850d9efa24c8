/**
 * The admin speaks Vietnamese by default, whatever language the browser asks for: staff and
 * producers share screenshots and instructions in Vietnamese. Payload keeps the language in the
 * `payload-lng` cookie, so a first visit gets "vi"; choosing English in the account settings
 * replaces the cookie and sticks.
 */
import { NextResponse, type NextRequest } from 'next/server'

const COOKIE = 'payload-lng'

export function proxy(request: NextRequest) {
  if (request.cookies.has(COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('cookie', [request.headers.get('cookie'), `${COOKIE}=vi`].filter(Boolean).join('; '))
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(COOKIE, 'vi', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = { matcher: ['/admin/:path*', '/admin'] }
