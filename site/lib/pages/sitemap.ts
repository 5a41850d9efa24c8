/**
 * The sitemap's pages: every public page once, with its address in both languages and its last
 * change. /sitemap.xml and /sitemap-<n>.xml both read this list and take their part of it.
 */
import type { SitemapPage } from '../../../src/site/sitemap'
import { homePath, sectionPath, type Section } from '../../../src/site/routes'
import { payload, publicRead } from '../payload'
import { publishedProductAwards } from '../queries/visibility'

const twin = (section: Section, slug?: string | number, lastmod?: string): SitemapPage => ({
  vi: sectionPath('vi', section, slug),
  en: sectionPath('en', section, slug),
  lastmod,
})

export async function loadSitemapPages(): Promise<SitemapPage[]> {
  const p = await payload()
  const list = (collection: 'products' | 'producers' | 'fairs') =>
    p.find({ collection, ...publicRead, depth: 0, pagination: false, sort: 'slug', select: { slug: true, updatedAt: true } })
  const [products, producers, fairs, awards] = await Promise.all([
    list('products'),
    list('producers'),
    list('fairs'),
    p.find({
      collection: 'awards',
      ...publicRead,
      depth: 0,
      pagination: false,
      sort: 'id',
      where: await publishedProductAwards(),
      select: { updatedAt: true },
    }),
  ])
  // The most important first: in a split sitemap the sections and brands come in the first file.
  return [
    { vi: homePath('vi'), en: homePath('en') },
    twin('products'),
    twin('brands'),
    twin('awards'),
    twin('fairs'),
    ...producers.docs.map((d) => twin('brands', d.slug, d.updatedAt)),
    ...fairs.docs.map((d) => twin('fairs', d.slug, d.updatedAt)),
    ...products.docs.map((d) => twin('products', d.slug, d.updatedAt)),
    ...awards.docs.map((d) => twin('awards', d.id, d.updatedAt)),
  ]
}
