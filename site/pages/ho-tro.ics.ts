/**
 * /ho-tro.ics: the deadlines of open industrial-extension calls, for calendar apps.
 * Vietnamese by default, English with ?lang=en.
 */
import type { APIRoute } from 'astro'
import { buildDeadlineCalendar } from '../../src/calendar/build-deadline-calendar'
import { kindLabel } from '../../src/programmes/kinds'
import { absoluteUrl, sectionPath } from '../../src/site/routes'
import { supportStrings } from '../i18n/support'
import { siteOrigin } from '../lib/env'
import { openCalls } from '../lib/queries/calls'

export const GET: APIRoute = async ({ url }) => {
  const locale = url.searchParams.get('lang') === 'en' ? 'en' : 'vi'
  const t = supportStrings(locale)
  const calls = await openCalls(locale, new Date())
  const body = buildDeadlineCalendar(
    calls.map((c) => ({
      id: c.id,
      title: c.title,
      deadline: c.deadline,
      kind: kindLabel(c.kind, locale),
      updatedAt: c.updatedAt,
      pageUrl: absoluteUrl(siteOrigin(), sectionPath(locale, 'support', c.slug)),
    })),
    { name: t.calendarName, uidHost: new URL(siteOrigin()).hostname, language: locale, deadlineWord: t.deadline },
  )
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="tieu-bieu-ho-tro.ics"',
      'Cache-Control': 'public, max-age=300, s-maxage=300',
    },
  })
}
