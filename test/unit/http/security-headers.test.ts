import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { adminPolicy, baseSecurityHeaders, inlineScriptHashes, pagePolicy } from '../../../src/http/security-headers'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('security headers', () => {
  it('should allow exactly the inline scripts a page holds, not its data blocks or external scripts', () => {
    const island = 'customElements.define("astro-island", class extends HTMLElement {})'
    const html = `<html><head><script type="module">${island}</script><script type="application/ld+json">{"@type":"Product"}</script><script src="/_astro/x.js"></script></head><body><script>window.a=1</script></body></html>`
    expect(inlineScriptHashes(html)).toEqual([sha(island), sha('window.a=1')])
    const policy = pagePolicy(inlineScriptHashes(html), false)
    expect(policy).toContain(`script-src 'self' ${sha(island)} ${sha('window.a=1')}`)
    expect(policy).not.toContain("'unsafe-inline' ;")
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(policy).toContain("frame-ancestors 'none'")
  })

  it('should send HSTS and upgrade-insecure-requests only over https', () => {
    expect(baseSecurityHeaders(true)['Strict-Transport-Security']).toMatch(/^max-age=\d{8}/)
    expect(baseSecurityHeaders(false)).not.toHaveProperty('Strict-Transport-Security')
    expect(pagePolicy([], true)).toContain('upgrade-insecure-requests')
    expect(pagePolicy([], false)).not.toContain('upgrade-insecure-requests')
  })

  it('should give the admin a nonce policy without unsafe-inline scripts', () => {
    const policy = adminPolicy('abc123', false)
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'")
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
  })

  it('should keep the admin static headers (next.config.mjs) the same as the site headers', async () => {
    const { default: nextConfig } = await import('../../../cms/next.config.mjs')
    const [rule] = (await nextConfig.headers?.()) ?? []
    const admin = Object.fromEntries(rule.headers.map((h: { key: string; value: string }) => [h.key, h.value]))
    expect(admin).toEqual(baseSecurityHeaders(false))
  })
})
