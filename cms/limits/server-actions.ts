/**
 * CVE-2026-130165 (React Server Functions denial of service, published 2026-11-23): a crafted
 * request to a server-function endpoint can keep the server busy. The admin has one such endpoint
 * (Payload's `serverFunction`, posted to admin pages with a `Next-Action` header), reachable without
 * signing in. Next 16.4.5 bundles a React 19.3.0 canary from before the fix, and no fixed React
 * or Next release installs from the registry here (README, "Dependency advisories"), so the proxy
 * limits what an anonymous request may send there:
 * - every server function Payload offers needs a signed-in user (it answers 401 otherwise), and the
 *   login, forgot-password and reset pages post to the REST API, so an anonymous server-function
 *   post outside those pages is refused (403) before React deserialises anything;
 * - on those pages an anonymous post must say its size and stay under ANONYMOUS_ACTION_MAX_BYTES.
 * Signed-in users (a valid `payload-token`, checked here with the same key Payload signs with) are
 * not limited beyond Next's own body size limit.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

export const ANONYMOUS_ACTION_MAX_BYTES = 8 * 1024
const PUBLIC_ADMIN_PAGES = /^\/admin\/(login|logout|forgot|reset(\/[^/]+)?|create-first-user|unauthorized)\/?$/
const TOKEN_COOKIE = 'payload-token'

const MESSAGES = {
  forbidden: {
    vi: 'Hãy đăng nhập trước khi thực hiện thao tác này.',
    en: 'Please sign in before doing this.',
  },
  tooLarge: {
    vi: `Yêu cầu quá lớn khi chưa đăng nhập (tối đa ${ANONYMOUS_ACTION_MAX_BYTES / 1024} KB).`,
    en: `Request too large before signing in (at most ${ANONYMOUS_ACTION_MAX_BYTES / 1024} KB).`,
  },
  lengthRequired: { vi: 'Yêu cầu phải nêu Content-Length.', en: 'The request must give its Content-Length.' },
}

export const isServerActionPost = (method: string, headers: Headers): boolean => method === 'POST' && headers.get('next-action') !== null

const base64url = (buffer: Buffer) => buffer.toString('base64url')

/** Whether the cookie holds a payload-token that Payload signed (HS256 with its derived key) and that has not expired. */
export function hasValidToken(cookieHeader: string | null, payloadSecret: string, now = Date.now()): boolean {
  const token = cookieHeader
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${TOKEN_COOKIE}=`))
    ?.slice(TOKEN_COOKIE.length + 1)
  const [header, body, signature] = token?.split('.') ?? []
  if (!header || !body || !signature) return false
  // Payload's own key: the first 32 hex characters of SHA-256(PAYLOAD_SECRET).
  const key = createHash('sha256').update(payloadSecret).digest('hex').slice(0, 32)
  const expected = Buffer.from(base64url(createHmac('sha256', key).update(`${header}.${body}`).digest()))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false
  try {
    const { exp } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { exp?: number }
    return typeof exp === 'number' && exp * 1000 > now
  } catch {
    return false
  }
}

const refuse = (status: number, message: { vi: string; en: string }) =>
  Response.json({ errors: [{ message: `${message.vi} / ${message.en}` }], messages: message }, { status, headers: { 'Cache-Control': 'no-store' } })

/** The refusal for an anonymous server-function post the admin does not need, or undefined to let it through. */
export function limitAnonymousServerAction(request: Request, pathname: string, payloadSecret: string): Response | undefined {
  if (!isServerActionPost(request.method, request.headers)) return undefined
  if (hasValidToken(request.headers.get('cookie'), payloadSecret)) return undefined
  if (!PUBLIC_ADMIN_PAGES.test(pathname)) return refuse(403, MESSAGES.forbidden)
  const length = request.headers.get('content-length')
  if (length === null) return refuse(411, MESSAGES.lengthRequired)
  if (!/^\d+$/.test(length) || Number(length) > ANONYMOUS_ACTION_MAX_BYTES) return refuse(413, MESSAGES.tooLarge)
  return undefined
}
