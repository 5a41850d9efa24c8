import { describe, expect, it } from 'vitest'
import { checkPreview, PREVIEW_LIFETIME_MS, previewPath } from '../../../src/site/preview-link'

const SECRET = 'test-secret-0123456789abcdef0123456789'
const NOW = new Date('2026-12-06T04:00:00Z')

function parts(path: string) {
  const url = new URL(path, 'http://showroom.test')
  const [, , kind, id] = url.pathname.split('/')
  return { kind: kind!, id: id!, exp: url.searchParams.get('exp'), sig: url.searchParams.get('sig'), lang: url.searchParams.get('lang') }
}

describe('preview links', () => {
  it('should open the draft it was made for, in its language, while fresh', () => {
    const link = parts(previewPath('product', 12, 'en', SECRET, NOW))
    expect(link).toMatchObject({ kind: 'product', id: '12', lang: 'en' })
    expect(checkPreview(link.kind, link.id, link.exp, link.sig, SECRET, NOW)).toBe('ok')
  })

  it('should refuse another document, another kind, another secret, or a changed expiry', () => {
    const link = parts(previewPath('product', 12, 'vi', SECRET, NOW))
    expect(checkPreview(link.kind, '13', link.exp, link.sig, SECRET, NOW)).toBe('invalid')
    expect(checkPreview('brand', link.id, link.exp, link.sig, SECRET, NOW)).toBe('invalid')
    expect(checkPreview(link.kind, link.id, link.exp, link.sig, 'another-secret-0123456789abcdef0123', NOW)).toBe('invalid')
    expect(checkPreview(link.kind, link.id, String(Number(link.exp) + 3_600_000), link.sig, SECRET, NOW)).toBe('invalid')
    expect(checkPreview(link.kind, link.id, link.exp, null, SECRET, NOW)).toBe('invalid')
    expect(checkPreview('users', link.id, link.exp, link.sig, SECRET, NOW)).toBe('invalid')
  })

  it('should stop working two hours after it was made', () => {
    const link = parts(previewPath('brand', 7, 'vi', SECRET, NOW))
    const later = new Date(NOW.getTime() + PREVIEW_LIFETIME_MS + 1000)
    expect(checkPreview(link.kind, link.id, link.exp, link.sig, SECRET, later)).toBe('expired')
  })
})
