import { en } from './en'
import { vi } from './vi'

export type Locale = 'vi' | 'en'
export const LOCALES: readonly Locale[] = ['vi', 'en']

export function strings(locale: Locale) {
  return locale === 'en' ? en : vi
}

/** The locale of a path: English lives under /en, Vietnamese at the root. */
export function localeOf(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'vi'
}
