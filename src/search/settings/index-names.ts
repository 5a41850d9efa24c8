import type { Locale, SearchKind } from '../types'

/** One public index per locale (typo tolerance differs: on for English, off for Vietnamese), one private. */
export type IndexName = 'public_vi' | 'public_en' | 'enquiries'
export const INDEX_NAMES: readonly IndexName[] = ['public_vi', 'public_en', 'enquiries']

export function publicIndexName(locale: Locale): IndexName {
  return locale === 'en' ? 'public_en' : 'public_vi'
}

/** Where a document of this kind and locale lives. Enquiries never go to a public index. */
export function indexNameFor(kind: SearchKind, locale: Locale): IndexName {
  return kind === 'enquiry' ? 'enquiries' : publicIndexName(locale)
}

/**
 * Which index a search id belongs to, read from the id itself (`product-12-en`, `enquiry-7`), so a
 * delete needs no lookup. Returns null for ids this port never issues.
 */
export function indexNameForId(id: string): IndexName | null {
  if (/^enquiry-[^\s]+$/.test(id)) return 'enquiries'
  const match = /^(product|producer|fair)-.+-(vi|en)$/.exec(id)
  if (!match) return null
  return publicIndexName(match[2] as Locale)
}
