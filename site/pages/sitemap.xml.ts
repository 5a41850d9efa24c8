/**
 * /sitemap.xml for both languages: every public page once per language, each with hreflang
 * alternates (vi, en, x-default) so search engines pair the twins.
 */
import type { APIRoute } from 'astro'
import { buildSitemap, type SitemapPage } from '../../src/site/sitemap'
import { homePath, sectionPath, type Section } from '../../src/site/routes'
import { siteOrigin } from '../lib/env'
import { payload, publicRead, type Doc } from '../lib/payload'
import { publishedProductAwards } from '../lib/queries/visibility'

const MAX_PAGES = 25_000

const twin = (section: Section, slug?: string | number, lastmod?: string): SitemapPage => ({ vi: sectionPath('vi', section, slug), en: sectionPath('en', section, slug), lastmod })

export const GET: APIRoute = async () => {
  const p = await payload()
  const list = (collection: 'products' | 'producers' | 'fairs') =>
    p.find({ collection, ...publicRead, depth: 0, pagination: false, sort: 'slug', select: { slug: true, updatedAt: true } })
  const [products, producers, fairs, awards] = await Promise.all([
    list('products'),
    list('producers'),
    list('fairs'),
    p.find({ collection: 'awards', ...publicRead, depth: 0, pagination: false, sort: 'id', where: await publishedProductAwards(), select: { updatedAt: true } }),
  ])
  const pages: SitemapPage[] = [
    { vi: homePath('vi'), en: homePath('en') },
    twin('products'),
    twin('brands'),
    twin('awards'),
    twin('fairs'),
    ...(producers.docs as Doc[]).map((d) => twin('brands', d.slug, d.updatedAt)),
    ...(fairs.docs as Doc[]).map((d) => twin('fairs', d.slug, d.updatedAt)),
    ...(products.docs as Doc[]).map((d) => twin('products', d.slug, d.updatedAt)),
    ...(awards.docs as Doc[]).map((d) => twin('awards', d.id, d.updatedAt)),
  ]
  // One sitemap holds at most 50,000 URLs (25,000 pages in two languages); the least important go first.
  return new Response(buildSitemap(pages.slice(0, MAX_PAGES), siteOrigin()), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=3600, stale-while-revalidate=86400' },
  })
}
