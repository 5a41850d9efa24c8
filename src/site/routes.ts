/**
 * The showroom's addresses. Vietnamese lives at the root, English under /en; section names are
 * translated, item slugs are shared (and carry no diacritics), so every page has a twin in the
 * other language at a path computed from its own.
 */
import { LOCALES, type Locale } from '../config/locales'

export { LOCALES, type Locale }

export const SECTIONS = {
  products: { vi: 'san-pham', en: 'products' },
  brands: { vi: 'thuong-hieu', en: 'brands' },
  awards: { vi: 'giai-thuong', en: 'awards' },
  fairs: { vi: 'hoi-cho', en: 'fairs' },
  search: { vi: 'tim-kiem', en: 'search' },
  support: { vi: 'ho-tro', en: 'support' },
} as const satisfies Record<string, Record<Locale, string>>

export type Section = keyof typeof SECTIONS

export function homePath(locale: Locale): string {
  return locale === 'en' ? '/en/' : '/'
}

/** `/san-pham`, `/en/products/<slug>`, … */
export function sectionPath(locale: Locale, section: Section, slug?: string | number): string {
  const base = `${locale === 'en' ? '/en' : ''}/${SECTIONS[section][locale]}`
  return slug === undefined || slug === '' ? base : `${base}/${encodeURIComponent(String(slug))}`
}

export function localeOfPath(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'vi'
}

/** Pages whose path is the same in both languages but for the /en prefix. */
const SAME_NAME_PAGES: readonly string[] = ['/enquiry-sent']

/**
 * The same page in the other language: `/san-pham/mat-ong?page=2` ↔ `/en/products/mat-ong?page=2`.
 * Paths outside the known sections map to the other language's home.
 */
export function translatePath(pathWithQuery: string, to: Locale): string {
  const [pathname = '/', query] = splitQuery(pathWithQuery)
  const from = localeOfPath(pathname)
  const rest = from === 'en' ? pathname.replace(/^\/en(?=\/|$)/, '') : pathname
  const parts = rest.split('/').filter(Boolean)
  const suffix = query ? `?${query}` : ''
  if (parts.length === 0) return homePath(to) + suffix
  // A draft's preview is one address in both languages; its `lang` says which (preview-link.ts).
  if (from === 'vi' && parts[0] === 'xem-truoc') {
    const params = new URLSearchParams(query)
    params.set('lang', to)
    return `${rest}?${params}`
  }
  const section = (Object.keys(SECTIONS) as Section[]).find((s) => SECTIONS[s][from] === parts[0])
  // Pages outside the sections with the same name in both languages keep their query: the
  // confirmation page's reference must survive the language switch.
  if (!section && SAME_NAME_PAGES.includes(rest)) return `${to === 'en' ? '/en' : ''}${rest}${suffix}`
  if (!section) return homePath(to)
  const tail = parts.slice(1).join('/')
  return `${sectionPath(to, section)}${tail ? `/${tail}` : ''}${suffix}`
}

function splitQuery(pathWithQuery: string): [string, string | undefined] {
  const index = pathWithQuery.indexOf('?')
  return index === -1 ? [pathWithQuery, undefined] : [pathWithQuery.slice(0, index), pathWithQuery.slice(index + 1) || undefined]
}

/** An absolute URL on the public site. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin.endsWith('/') ? origin : `${origin}/`).href
}
