/**
 * /fairs.ics: every published fair as one iCalendar feed that calendar apps subscribe to.
 * Vietnamese by default, English with ?lang=en: one address for both languages.
 */
import type { APIRoute } from 'astro'
import { calendarResponse } from '../lib/fair-calendar'
import { allFairs } from '../lib/queries/fairs'

export const GET: APIRoute = async ({ url }) => {
  const locale = url.searchParams.get('lang') === 'en' ? 'en' : 'vi'
  return calendarResponse(await allFairs(locale), locale, { name: locale === 'en' ? 'tieu-bieu-fairs.ics' : 'tieu-bieu-hoi-cho.ics', download: false })
}
