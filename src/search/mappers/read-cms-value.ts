import { normalizeText } from '../../text/normalize-text'
import { slugify } from '../../text/slugify'
import type { Locale } from '../types'
import type { CmsNameList, CmsProvince, Localized } from './cms-types'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isLocalizedObject(value: unknown): value is { vi?: unknown; en?: unknown } {
  return isRecord(value) && ('vi' in value || 'en' in value) && !('root' in value)
}

/** The value for a locale, falling back to the other locale; null when neither is set. */
export function pickLocale<T>(value: Localized<T> | null | undefined, locale: Locale): T | null {
  if (value === null || value === undefined) return null
  if (!isLocalizedObject(value)) return value as T
  const other: Locale = locale === 'vi' ? 'en' : 'vi'
  return ((value[locale] ?? value[other]) as T | null | undefined) ?? null
}

/** The value for exactly this locale, without fallback. */
export function exactLocale<T>(value: Localized<T> | null | undefined, locale: Locale): T | null {
  if (value === null || value === undefined) return null
  if (!isLocalizedObject(value)) return null
  return (value[locale] as T | null | undefined) ?? null
}

/** Text from a string or a Lexical rich-text value (its text nodes, paragraphs separated). */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return normalizeText(value)
  if (!isRecord(value)) return ''
  const parts: string[] = []
  const walk = (node: unknown): void => {
    if (!isRecord(node)) return
    if (typeof node.text === 'string') parts.push(node.text)
    if (Array.isArray(node.children)) {
      for (const child of node.children) walk(child)
      parts.push(' ')
    }
  }
  walk('root' in value ? value.root : value)
  return normalizeText(parts.join(''))
}

/** Text of a localized string or rich-text field. */
export function localizedText(value: Localized<unknown> | null | undefined, locale: Locale): string {
  return plainText(pickLocale(value, locale))
}

/** Id of a relation, whether it came as an id or a populated document. */
export function relationId(value: unknown): string | null {
  if (typeof value === 'string' && value.length > 0) return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (isRecord(value)) return relationId(value.id)
  return null
}

/** Names from a text array or an array field of `{ name }` rows. */
export function nameList(value: CmsNameList | null | undefined, locale: Locale): string[] {
  if (!Array.isArray(value)) return []
  return value
    .map((item: unknown) => (typeof item === 'string' ? item : isRecord(item) ? localizedText(item.name as Localized<unknown>, locale) : ''))
    .map((name) => normalizeText(name))
    .filter((name) => name.length > 0)
}

export interface ProvinceNames {
  /** Current name. */
  readonly current: string | null
  /** Former names merged into it. */
  readonly former: string[]
  /** Its own current names, in every locale ("Thành phố Hồ Chí Minh", "Ho Chi Minh City"). */
  readonly own: string[]
}

/** A province relation (or a bare name) as its current and former names. */
// An unpopulated relation arrives as an id: digits (SQLite), 24 hex digits (MongoDB) or a UUID.
const LOOKS_LIKE_ID = /^(\d+|[0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i

/** A province relation (or a bare name) as its current and former names. */
export function provinceNames(value: unknown, locale: Locale): ProvinceNames {
  if (typeof value === 'string') {
    const name = normalizeText(value)
    return name.length > 0 && !LOOKS_LIKE_ID.test(name) ? { current: name, former: [], own: [name] } : { current: null, former: [], own: [] }
  }
  if (!isRecord(value)) return { current: null, former: [], own: [] }
  const province = value as CmsProvince
  const current = localizedText(province.name, locale)
  const own = [...new Set([current, localizedText(province.name, 'vi'), localizedText(province.name, 'en')].filter(Boolean))]
  return { current: current || null, former: nameList(province.formerNames, locale), own }
}

/**
 * The place names a document is found by: its province's current names, and the former provinces
 * it may have stood in — only the one staff recorded, when they did, else every one its province
 * absorbed.
 */
export function placeNames(province: ProvinceNames, formerProvince: string | null | undefined, extra: readonly string[] = []): string[] {
  const former = formerProvince ? normalizeText(formerProvince) : ''
  const names = former ? [province.current, ...province.own, former] : [province.current, ...province.former]
  return [...new Set([...names, ...extra].map((name) => (name ? normalizeText(name) : '')).filter((name) => name.length > 0))]
}

/**
 * The former province a fair's city stood in, when the city is one of them (a fair held in
 * "Thành phố Hồ Chí Minh" or "Đà Nẵng" was not held in Bình Dương or Quảng Nam); null otherwise.
 */
export function formerProvinceOfCity(province: ProvinceNames, city: string | null | undefined): string | null {
  const wanted = city ? slugify(city) : ''
  if (!wanted) return null
  // A city named as its province now ("Ho Chi Minh City") stood in the former one of that name.
  const names = province.own.some((own) => slugify(own) === wanted) ? province.own.map(slugify) : [wanted]
  return province.former.find((former) => names.includes(slugify(former))) ?? null
}
