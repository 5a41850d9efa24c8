/**
 * Links to preview an unpublished draft on the showroom, as buyers will see it once published.
 * The admin makes one for someone who may open the draft there; the site shows the draft only to
 * a link signed with the server's secret and still fresh, so a draft never leaks through a guessed
 * address, and a forwarded link stops working after a while.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { Locale } from './routes'

export type PreviewKind = 'product' | 'brand'
export const PREVIEW_KINDS: readonly PreviewKind[] = ['product', 'brand']

/** How long a preview link works. */
export const PREVIEW_LIFETIME_MS = 2 * 60 * 60 * 1000

/** A key of its own, derived from the server's secret, so a preview signature is never a session token. */
function keyOf(secret: string): Buffer {
  return createHash('sha256').update(`tieu-bieu preview|${secret}`).digest()
}

function sign(kind: PreviewKind, id: string, expires: number, secret: string): string {
  return createHmac('sha256', keyOf(secret)).update(`${kind}:${id}:${expires}`).digest('base64url')
}

/** `/xem-truoc/product/12?lang=vi&exp=…&sig=…`: the site's preview of a draft, valid for two hours. */
export function previewPath(kind: PreviewKind, id: string | number, locale: Locale, secret: string, now = new Date()): string {
  const expires = now.getTime() + PREVIEW_LIFETIME_MS
  const query = new URLSearchParams({ lang: locale, exp: String(expires), sig: sign(kind, String(id), expires, secret) })
  return `/xem-truoc/${kind}/${encodeURIComponent(String(id))}?${query}`
}

export type PreviewCheck = 'ok' | 'expired' | 'invalid'

/** Whether a preview link is genuine and still fresh. */
export function checkPreview(kind: string, id: string, exp: string | null, sig: string | null, secret: string, now = new Date()): PreviewCheck {
  if (!(PREVIEW_KINDS as readonly string[]).includes(kind) || !exp || !sig || !/^\d{1,15}$/.test(exp)) return 'invalid'
  const expected = Buffer.from(sign(kind as PreviewKind, id, Number(exp), secret))
  const given = Buffer.from(sig)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid'
  return Number(exp) < now.getTime() ? 'expired' : 'ok'
}
