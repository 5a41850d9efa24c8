/**
 * sitemap.xml with hreflang alternates: every page is listed once per language, and each entry
 * names both language versions plus x-default (the Vietnamese one), as search engines expect.
 */
import { absoluteUrl } from './routes'

export type SitemapPage = {
  /** The page's path in each language. */
  vi: string
  en: string
  /** Last change (ISO date or date-time). */
  lastmod?: string | null
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)

export function buildSitemap(pages: readonly SitemapPage[], origin: string): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">']
  for (const page of pages) {
    const vi = escapeXml(absoluteUrl(origin, page.vi))
    const en = escapeXml(absoluteUrl(origin, page.en))
    const alternates = [
      `<xhtml:link rel="alternate" hreflang="vi" href="${vi}"/>`,
      `<xhtml:link rel="alternate" hreflang="en" href="${en}"/>`,
      `<xhtml:link rel="alternate" hreflang="x-default" href="${vi}"/>`,
    ].join('')
    const lastmod = page.lastmod ? `<lastmod>${escapeXml(page.lastmod.slice(0, 10))}</lastmod>` : ''
    for (const loc of [vi, en]) lines.push(`<url><loc>${loc}</loc>${lastmod}${alternates}</url>`)
  }
  lines.push('</urlset>')
  return `${lines.join('\n')}\n`
}
