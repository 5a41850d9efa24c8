/**
 * Deadlines of industrial-extension calls as an iCalendar feed (RFC 5545): one all-day event on
 * the deadline's Vietnamese calendar day, with an alarm a week before. Stable UIDs, so a
 * changed deadline moves the event instead of adding one.
 */
import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator'
import { addDays, calendarDay } from '../dates/calendar-day'

export type CalendarCall = { id: number | string; title: string; deadline: string; kind: string; pageUrl: string; updatedAt?: string | null }

export function buildDeadlineCalendar(
  calls: readonly CalendarCall[],
  options: { name: string; uidHost: string; language: 'vi' | 'en'; deadlineWord: string },
): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Tieu Bieu', product: 'Support', language: options.language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  })
  for (const call of calls) {
    const day = calendarDay(new Date(call.deadline))
    calendar.createEvent({
      id: `call-${call.id}@${options.uidHost}`,
      allDay: true,
      start: new Date(`${day}T00:00:00Z`),
      end: new Date(`${addDays(day, 1)}T00:00:00Z`),
      stamp: call.updatedAt ? new Date(call.updatedAt) : new Date(call.deadline),
      summary: `${options.deadlineWord}: ${call.title}`,
      description: `${call.kind}\n${call.pageUrl}`,
      url: call.pageUrl,
      alarms: [{ type: ICalAlarmType.display, trigger: 7 * 86_400 }],
    })
  }
  return calendar.toString()
}
