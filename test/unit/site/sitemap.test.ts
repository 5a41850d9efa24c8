/**
 * The sitemap splits past its URL limit: /sitemap.xml becomes an index of /sitemap-<n>.xml files,
 * each within the limit, every URL in exactly one file with its hreflang twin beside it; a site
 * that fits keeps the one plain sitemap.
 */
import { describe, expect, it } from 'vitest'
import { loadEnv } from '../../../src/config/env'
import { buildSitemap, parseSitemapFile, SITEMAP_MAX_URLS, sitemapDocument, splitSitemap, type SitemapPage } from '../../../src/site/sitemap'

const origin = 'https://x.test'
const pages = (count: number): SitemapPage[] =>
  Array.from({ length: count }, (_, i) => ({
    vi: `/san-pham/p${i}`,
    en: `/en/products/p${i}`,
    lastmod: `2026-11-${String(10 + i).padStart(2, '0')}T08:00:00Z`,
  }))
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])

describe('a sitemap too large for one file', () => {
  const all = pages(5)
  const limit = 4 // two pages, in both languages, per file

  it('should make /sitemap.xml an index of the parts, each with its latest change', () => {
    const index = sitemapDocument(all, origin, 'root', limit)!
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(index).not.toContain('<urlset')
    expect(locs(index)).toEqual(['https://x.test/sitemap-1.xml', 'https://x.test/sitemap-2.xml', 'https://x.test/sitemap-3.xml'])
    expect([...index.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map((m) => m[1])).toEqual(['2026-11-11', '2026-11-13', '2026-11-14'])
  })

  it('should put every URL in exactly one part, within the limit, next to its twin in the other language', () => {
    const parts = [1, 2, 3].map((n) => sitemapDocument(all, origin, n, limit)!)
    for (const part of parts) {
      expect(part).toContain('<urlset')
      expect(part.match(/<url>/g)!.length).toBeLessThanOrEqual(limit)
      for (const vi of locs(part).filter((loc) => loc.includes('/san-pham/'))) expect(locs(part)).toContain(vi.replace('/san-pham/', '/en/products/'))
    }
    const listed = parts.flatMap(locs)
    expect(listed).toHaveLength(10)
    expect(new Set(listed)).toEqual(new Set(locs(buildSitemap(all, origin))))
    expect(parts[2]).toContain('hreflang="en" href="https://x.test/en/products/p4"')
  })

  it('should answer 404 for a part past the last, and for part 0', () => {
    expect(sitemapDocument(all, origin, 4, limit)).toBeUndefined()
    expect(sitemapDocument(all, origin, 0, limit)).toBeUndefined()
  })

  it('should split at the default limit of 25,000 URLs (12,500 pages in two languages)', () => {
    expect(SITEMAP_MAX_URLS).toBe(25_000)
    expect(splitSitemap(pages(12_500))).toHaveLength(1)
    const split = splitSitemap(pages(12_501))
    expect(split.map((part) => part.length)).toEqual([12_500, 1])
  })

  it('should refuse a limit that cannot hold one page in both languages', () => {
    expect(() => splitSitemap(all, 1)).toThrow(RangeError)
  })
})

describe('a sitemap that fits in one file', () => {
  it('should stay one plain sitemap at /sitemap.xml, with no parts', () => {
    const all = pages(2)
    expect(sitemapDocument(all, origin, 'root', 4)).toBe(buildSitemap(all, origin))
    expect(sitemapDocument(all, origin, 1, 4)).toBeUndefined()
    expect(sitemapDocument([], origin, 'root')).toBe(buildSitemap([], origin))
  })
})

describe('sitemap settings and addresses', () => {
  it('should read the limit from SITEMAP_MAX_URLS, within the protocol', () => {
    expect(loadEnv({} as NodeJS.ProcessEnv).SITEMAP_MAX_URLS).toBe(25_000)
    expect(loadEnv({ SITEMAP_MAX_URLS: '100' } as unknown as NodeJS.ProcessEnv).SITEMAP_MAX_URLS).toBe(100)
    expect(() => loadEnv({ SITEMAP_MAX_URLS: '60000' } as unknown as NodeJS.ProcessEnv)).toThrow(/SITEMAP_MAX_URLS/)
  })
  it('should take only a plain positive number as the part', () => {
    expect(parseSitemapFile('2')).toBe(2)
    for (const bad of [undefined, '', '0', '01', '-1', '1.5', 'abc', '9999999']) expect(parseSitemapFile(bad), String(bad)).toBeUndefined()
  })
})
