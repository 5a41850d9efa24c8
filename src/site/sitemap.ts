/**
 * sitemap.xml with hreflang alternates: every page is listed once per language, and each entry
 * names both language versions plus x-default (the Vietnamese one), as search engines expect.
 *
 * The protocol allows 50,000 URLs (and 50 MB) per file. Up to `maxUrls` URLs (25,000 by default,
 * SITEMAP_MAX_URLS) /sitemap.xml is one plain sitemap; beyond that it is a sitemap index naming
 * /sitemap-1.xml, /sitemap-2.xml, … each holding at most `maxUrls` URLs. Both languages of a page
 * stay in the same file, next to their hreflang alternates.
 */
import { absoluteUrl } from './routes'
import { escapeMarkup } from '../text/escape-markup'

/** URLs per sitemap file: half the protocol's limit, so a file stays well under 50 MB too. */
export const SITEMAP_MAX_URLS = 25_000
/** Each page is listed once per language. */
const URLS_PER_PAGE = 2

export type SitemapPage = {
  /** The page's path in each language. */
  vi: string
  en: string
  /** Last change (ISO date or date-time). */
  lastmod?: string | null
}

export function buildSitemap(pages: readonly SitemapPage[], origin: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ]
  for (const page of pages) {
    const vi = escapeMarkup(absoluteUrl(origin, page.vi))
    const en = escapeMarkup(absoluteUrl(origin, page.en))
    const alternates = [
      `<xhtml:link rel="alternate" hreflang="vi" href="${vi}"/>`,
      `<xhtml:link rel="alternate" hreflang="en" href="${en}"/>`,
      `<xhtml:link rel="alternate" hreflang="x-default" href="${vi}"/>`,
    ].join('')
    const lastmod = page.lastmod ? `<lastmod>${escapeMarkup(page.lastmod.slice(0, 10))}</lastmod>` : ''
    for (const loc of [vi, en]) lines.push(`<url><loc>${loc}</loc>${lastmod}${alternates}</url>`)
  }
  lines.push('</urlset>')
  return `${lines.join('\n')}\n`
}

/** The pages in files of at most `maxUrls` URLs, in order; always at least one (maybe empty) file. */
export function splitSitemap<T>(pages: readonly T[], maxUrls: number = SITEMAP_MAX_URLS): T[][] {
  const perFile = Math.floor(maxUrls / URLS_PER_PAGE)
  if (!Number.isInteger(maxUrls) || perFile < 1)
    throw new RangeError(`A sitemap file must hold at least ${URLS_PER_PAGE} URLs (one page in both languages), not ${maxUrls}`)
  const files: T[][] = []
  for (let start = 0; start < pages.length; start += perFile) files.push(pages.slice(start, start + perFile))
  return files.length > 0 ? files : [[]]
}

/** The address of the n-th (1-based) file of a split sitemap. */
export function sitemapFilePath(n: number): string {
  return `/sitemap-${n}.xml`
}

/** The n in /sitemap-<n>.xml, or undefined for anything that is not a plain positive number. */
export function parseSitemapFile(param: string | undefined): number | undefined {
  return param && /^[1-9]\d{0,5}$/.test(param) ? Number(param) : undefined
}

export function buildSitemapIndex(files: readonly { path: string; lastmod?: string | null }[], origin: string): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
  for (const file of files) {
    const lastmod = file.lastmod ? `<lastmod>${escapeMarkup(file.lastmod.slice(0, 10))}</lastmod>` : ''
    lines.push(`<sitemap><loc>${escapeMarkup(absoluteUrl(origin, file.path))}</loc>${lastmod}</sitemap>`)
  }
  lines.push('</sitemapindex>')
  return `${lines.join('\n')}\n`
}

const latest = (pages: readonly SitemapPage[]): string | undefined =>
  pages.reduce<string | undefined>((max, page) => (page.lastmod && (!max || page.lastmod.slice(0, 10) > max) ? page.lastmod.slice(0, 10) : max), undefined)

/**
 * What a sitemap address answers, or undefined for a 404. `file` is 'root' for /sitemap.xml (a
 * plain sitemap while everything fits in one file, else the index) or n for /sitemap-<n>.xml,
 * which exists only while the sitemap is split (a small site has one address for each page list).
 */
export function sitemapDocument(pages: readonly SitemapPage[], origin: string, file: 'root' | number, maxUrls: number = SITEMAP_MAX_URLS): string | undefined {
  const files = splitSitemap(pages, maxUrls)
  if (file === 'root') {
    return files.length === 1
      ? buildSitemap(files[0], origin)
      : buildSitemapIndex(
          files.map((part, i) => ({ path: sitemapFilePath(i + 1), lastmod: latest(part) })),
          origin,
        )
  }
  return files.length > 1 && file >= 1 && file <= files.length ? buildSitemap(files[file - 1], origin) : undefined
}
