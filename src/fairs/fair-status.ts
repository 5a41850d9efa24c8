/**
 * Where a fair stands on a given day: upcoming, ongoing (today is one of its days) or past.
 * Days are Vietnamese calendar days, and a fair's last day still counts as ongoing.
 */
import { addDays, calendarDay, optionalCalendarDay, type CalendarDay } from '../dates/calendar-day'

export type FairStatus = 'upcoming' | 'ongoing' | 'past'
export const FAIR_STATUSES: readonly FairStatus[] = ['ongoing', 'upcoming', 'past']

export type FairDates = { startDate: string | Date; endDate?: string | Date | null }

/** First and last day of a fair; a fair without an end date lasts one day. */
export function fairDays(fair: FairDates): { start: CalendarDay; end: CalendarDay } {
  const start = calendarDay(fair.startDate)
  const end = optionalCalendarDay(fair.endDate ?? undefined)
  return { start, end: end && end > start ? end : start }
}

export function fairStatus(fair: FairDates, now: Date): FairStatus {
  const today = calendarDay(now)
  const { start, end } = fairDays(fair)
  if (today < start) return 'upcoming'
  if (today > end) return 'past'
  return 'ongoing'
}

/**
 * Fairs split by status: ongoing ones ending soonest first, upcoming ones starting soonest
 * first, past ones most recent first.
 */
export function splitFairs<T extends FairDates>(fairs: readonly T[], now: Date): Record<FairStatus, T[]> {
  const groups: Record<FairStatus, T[]> = { ongoing: [], upcoming: [], past: [] }
  for (const fair of fairs) groups[fairStatus(fair, now)].push(fair)
  const by = (pick: (f: T) => string, direction: 1 | -1) => (a: T, b: T) => direction * pick(a).localeCompare(pick(b))
  groups.ongoing.sort(by((f) => fairDays(f).end, 1))
  groups.upcoming.sort(by((f) => fairDays(f).start, 1))
  groups.past.sort(by((f) => fairDays(f).start, -1))
  return groups
}

export type RegistrationState = 'open' | 'closing' | 'closed'

/** Whether exhibitors can still register: "closing" in the last 7 days before the deadline. */
export function registrationState(deadline: string | Date | null | undefined, now: Date): RegistrationState | undefined {
  const day = optionalCalendarDay(deadline ?? undefined)
  if (!day) return undefined
  const today = calendarDay(now)
  if (today > day) return 'closed'
  return day <= addDays(today, 7) ? 'closing' : 'open'
}
