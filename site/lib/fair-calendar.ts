/** The .ics responses: the feed of all fairs and one fair's file, in either language. */
import { buildFairCalendar, type CalendarFair } from '../../src/calendar/build-fair-calendar'
import { absoluteUrl, sectionPath, type Locale } from '../../src/site/routes'
import { strings } from '../i18n'
import { siteOrigin } from './env'
import type { FairListItem } from './queries/fairs'

/** Five minutes fresh at the CDN, then served stale while it refetches. */
const CACHE = 'public, max-age=300, s-maxage=300, stale-while-revalidate=3600'

/** The fields of a fair its calendar entry reads (a listed fair, or one read for its page). */
type CalendarSource = Pick<
  FairListItem,
  'id' | 'name' | 'slug' | 'startDate' | 'endDate' | 'venue' | 'city' | 'country' | 'organiser' | 'summary' | 'updatedAt'
>

export function toCalendarFair(fair: CalendarSource, locale: Locale): CalendarFair {
  return {
    id: fair.id,
    name: fair.name,
    startDate: fair.startDate,
    endDate: fair.endDate,
    venue: fair.venue,
    city: fair.city,
    country: fair.country,
    organiser: fair.organiser,
    summary: fair.summary,
    pageUrl: absoluteUrl(siteOrigin(), sectionPath(locale, 'fairs', fair.slug)),
    updatedAt: fair.updatedAt,
  }
}

export function calendarResponse(fairs: readonly CalendarSource[], locale: Locale, file: { name: string; download: boolean }): Response {
  const t = strings(locale)
  const body = buildFairCalendar(
    fairs.map((f) => toCalendarFair(f, locale)),
    {
      name: t.fairs.calendarName,
      uidHost: new URL(siteOrigin()).hostname,
      language: locale,
      labels: { organiser: t.fair.organiser, moreInfo: t.fair.moreInfo },
    },
  )
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `${file.download ? 'attachment' : 'inline'}; filename="${file.name}"`,
      'Cache-Control': CACHE,
    },
  })
}
