/**
 * The security headers both servers send, behind a reverse proxy or not.
 *
 * - Content-Security-Policy. The public pages allow scripts from the site itself plus exactly the
 *   inline scripts the page being sent contains (their SHA-256), which is what Astro inlines for its
 *   islands and small module scripts; nothing injected into the HTML can run. The admin (Next.js +
 *   Payload) gets a fresh nonce per request, which Next puts on its own inline scripts. Styles may
 *   be inline (Astro inlines the page's CSS, Payload styles elements): a CSS injection cannot run code.
 * - frame-ancestors 'none' and X-Frame-Options DENY (older browsers): no page can be framed (clickjacking).
 * - Strict-Transport-Security only when the request came over https: over plain http it would be
 *   ignored at best, and would lock a site still without a certificate at worst.
 */
import { createHash } from 'node:crypto'

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'
export const HSTS = 'max-age=31536000; includeSubDomains'

/** Headers every response gets. */
export function baseSecurityHeaders(https: boolean): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'X-Frame-Options': 'DENY',
    ...(https ? { 'Strict-Transport-Security': HSTS } : {}),
  }
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript'])

/** The CSP source expressions ('sha256-…') of the inline scripts a browser would run in this HTML. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.toLowerCase() ?? ''
    // JSON-LD and other data blocks are never executed; CSP does not apply to them.
    if (!EXECUTABLE_TYPES.has(type)) continue
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

const COMMON = ["default-src 'self'", "base-uri 'self'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'"]

function withUpgrade(directives: string[], https: boolean): string {
  return [...directives, ...(https ? ['upgrade-insecure-requests'] : [])].join('; ')
}

/** A public page: its own inline scripts by hash, nothing else inline. */
export function pagePolicy(scriptHashes: readonly string[], https: boolean): string {
  return withUpgrade(
    [
      ...COMMON,
      `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
    ],
    https,
  )
}

/** The admin: Next's inline scripts carry this request's nonce; 'strict-dynamic' lets them load the chunks. */
export function adminPolicy(nonce: string, https: boolean): string {
  return withUpgrade(
    [
      ...COMMON,
      `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "worker-src 'self' blob:",
    ],
    https,
  )
}

/** JSON, images, files: nothing in them may run or be framed. */
export const RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'"

/**
 * Printable pages the CMS renders itself (the showroom labels): their own inline style sheet, with
 * @media print and @page, and inline SVG; no script, no form, nothing loaded from elsewhere.
 */
export const PRINT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
