/**
 * Fairs as an iCalendar file (RFC 5545) that calendar apps import or subscribe to. Fairs are
 * all-day events on Vietnamese calendar days; DTEND is the day after the last day, as the
 * standard says. UIDs are stable, so a re-import updates an event instead of duplicating it.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import { addDays } from '../dates/calendar-day'
import { fairDays } from '../fairs/fair-status'

export type CalendarFair = {
  id: string | number
  name: string
  startDate: string | Date
  endDate?: string | Date | null
  venue?: string | null
  city?: string | null
  /** ISO 3166 code, e.g. VN. */
  country?: string | null
  organiser?: string | null
  summary?: string | null
  /** The fair's page on the showroom (absolute). */
  pageUrl: string
  updatedAt?: string | Date | null
}

export type FairCalendarOptions = {
  /** Shown by calendar apps as the calendar's name. */
  name: string
  /** Host part of the UIDs, e.g. "tieubieu.vn". */
  uidHost: string
  /** Language of the texts, for PRODID. */
  language: 'vi' | 'en'
  /** Labels for the description lines. */
  labels: { organiser: string; moreInfo: string }
}

const asUtcDate = (day: string) => new Date(`${day}T00:00:00Z`)

export function fairLocation(fair: Pick<CalendarFair, 'venue' | 'city' | 'country'>): string {
  const country = fair.country && fair.country !== 'VN' ? fair.country : undefined
  return [fair.venue, fair.city, country].filter((part) => part && String(part).trim()).join(', ')
}

export function buildFairCalendar(fairs: readonly CalendarFair[], options: FairCalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Tieu Bieu', product: 'Showroom', language: options.language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  })
  for (const fair of fairs) {
    const { start, end } = fairDays(fair)
    const location = fairLocation(fair)
    const description = [
      fair.summary?.trim(),
      fair.organiser ? `${options.labels.organiser}: ${fair.organiser}` : undefined,
      `${options.labels.moreInfo}: ${fair.pageUrl}`,
    ].filter(Boolean)
    calendar.createEvent({
      id: `fair-${fair.id}@${options.uidHost}`,
      allDay: true,
      start: asUtcDate(start),
      end: asUtcDate(addDays(end, 1)),
      stamp: fair.updatedAt ? new Date(fair.updatedAt) : asUtcDate(start),
      summary: fair.name,
      location: location || undefined,
      description: description.join('\n\n'),
      url: fair.pageUrl,
      status: ICalEventStatus.CONFIRMED,
    })
  }
  return calendar.toString()
}
