import { sectionPath, type Section } from '../../site/routes'
import { LOCALES, type Locale, type SearchKind } from '../types'

/** Builds the public URL of a hit; the site owns its routes, so it may pass its own. */
export type UrlBuilder = (kind: SearchKind, slug: string, locale: Locale, sourceId: string) => string

export interface MapOptions {
  /** Locales to produce documents for; default both. */
  readonly locales?: readonly Locale[]
  /** Certifications valid until before this moment are left out; default now. */
  readonly now?: Date
  readonly urlFor?: UrlBuilder
}

const SECTIONS: Readonly<Record<Exclude<SearchKind, 'enquiry'>, Section>> = {
  product: 'products',
  producer: 'brands',
  fair: 'fairs',
}

/** The site's own routes (src/site/routes.ts) for public hits; the admin for enquiries. */
export const defaultUrlFor: UrlBuilder = (kind, slug, locale, sourceId) =>
  kind === 'enquiry' ? `/admin/collections/enquiries/${encodeURIComponent(sourceId)}` : sectionPath(locale, SECTIONS[kind], slug)

export interface ResolvedMapOptions {
  readonly locales: readonly Locale[]
  readonly now: Date
  readonly urlFor: UrlBuilder
}

export function resolveMapOptions(options: MapOptions = {}): ResolvedMapOptions {
  return { locales: options.locales ?? LOCALES, now: options.now ?? new Date(), urlFor: options.urlFor ?? defaultUrlFor }
}
