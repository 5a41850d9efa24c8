import { describe, expect, it } from 'vitest'
import { breadcrumbJsonLd, eventJsonLd, jsonLdScript, organizationJsonLd, productJsonLd } from '../../../src/site/json-ld'
import { buildSitemap } from '../../../src/site/sitemap'

describe('structured data', () => {
  it('should describe a product with its brand, awards and price range, leaving out empty fields', () => {
    const ld = productJsonLd({
      name: 'Mật ong hoa cao su',
      url: 'https://x.test/san-pham/mat-ong',
      brand: { name: 'Mật ong Tâm An', url: 'https://x.test/thuong-hieu/tam-an' },
      awards: ['Sản phẩm CNNT tiêu biểu cấp quốc gia 2021'],
      price: { min: 120000, max: 140000, currency: 'VND' },
      images: [],
      description: '',
    })
    expect(ld['@type']).toBe('Product')
    expect(ld.brand).toEqual({ '@type': 'Brand', name: 'Mật ong Tâm An', url: 'https://x.test/thuong-hieu/tam-an' })
    expect(ld.award).toEqual(['Sản phẩm CNNT tiêu biểu cấp quốc gia 2021'])
    expect(ld.offers).toMatchObject({ '@type': 'AggregateOffer', lowPrice: 120000, highPrice: 140000, priceCurrency: 'VND' })
    expect('image' in ld).toBe(false)
    expect('description' in ld).toBe(false)
  })
  it('should describe an organisation and an event', () => {
    expect(organizationJsonLd({ name: 'Tâm An', url: 'https://x.test/thuong-hieu/tam-an', address: { country: 'VN' } })).toMatchObject({
      '@type': 'Organization',
      address: { '@type': 'PostalAddress', addressCountry: 'VN' },
    })
    const event = eventJsonLd({
      name: 'Hội chợ',
      url: 'https://x.test/hoi-cho/a',
      startDate: '2026-12-12',
      endDate: '2026-12-15',
      venue: 'SECC',
      country: 'VN',
    })
    expect(event).toMatchObject({ '@type': 'Event', location: { '@type': 'Place', name: 'SECC' } })
  })
  it('should number breadcrumbs from 1', () => {
    const ld = breadcrumbJsonLd([
      { name: 'Trang chủ', url: 'https://x.test/' },
      { name: 'Sản phẩm', url: 'https://x.test/san-pham' },
    ])
    expect((ld.itemListElement as { position: number }[]).map((i) => i.position)).toEqual([1, 2])
  })
  it('should make JSON-LD safe inside a script element', () => {
    const text = jsonLdScript({ name: '</script><script>alert(1)</script>' })
    expect(text).not.toContain('</script>')
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>')
  })
})

describe('the sitemap', () => {
  const xml = buildSitemap([{ vi: '/san-pham/a&b', en: '/en/products/a&b', lastmod: '2026-11-20T10:00:00Z' }], 'https://x.test')
  it('should list each page in both languages with hreflang alternates and x-default', () => {
    expect(xml.match(/<url>/g)).toHaveLength(2)
    expect(xml).toContain('<loc>https://x.test/en/products/a&amp;b</loc>')
    expect(xml).toContain('hreflang="vi" href="https://x.test/san-pham/a&amp;b"')
    expect(xml).toContain('hreflang="x-default" href="https://x.test/san-pham/a&amp;b"')
    expect(xml).toContain('<lastmod>2026-11-20</lastmod>')
  })
})
