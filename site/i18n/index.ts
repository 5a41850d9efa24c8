/** The UI strings of each language, and `fill()` for the ones with `{placeholders}`. */
import type { Locale } from '../../src/site/routes'
import { en, type Strings } from './en'
import { vi } from './vi'

export type { Locale } from '../../src/site/routes'
export { LOCALES, localeOfPath as localeOf } from '../../src/site/routes'
export type { Strings }

export function strings(locale: Locale): Strings {
  return locale === 'en' ? en : vi
}

/** "{count} sản phẩm" + { count: 12 } → "12 sản phẩm". Unknown placeholders stay visible. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
}

/** Numbers as each language writes them: 1.234 in Vietnamese, 1,234 in English. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN').format(value)
}

/** The other language: the target of the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'vi' : 'en'
}
