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

/**
 * A count in words that agree with it: "1 producer", "2 producers". A template holds its forms
 * separated by "|", in the order of Intl.PluralRules' categories for its language ("one|other"
 * in English); Vietnamese has one form. The count is written as the language writes numbers.
 */
export function fillCount(template: string, count: number, locale: Locale, values: Record<string, string | number> = {}): string {
  const forms = template.split('|')
  const category = new Intl.PluralRules(locale === 'en' ? 'en-GB' : 'vi-VN').select(count)
  const form = forms.length > 1 && category === 'one' ? forms[0]! : forms[forms.length - 1]!
  return fill(form, { ...values, count: formatNumber(count, locale) })
}

/** Numbers as each language writes them: 1.234 in Vietnamese, 1,234 in English. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN').format(value)
}

/** The other language: the target of the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'vi' : 'en'
}
