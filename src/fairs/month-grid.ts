/**
 * The month view of the fair calendar: weeks of seven days (Monday first, as in Vietnam),
 * each day holding the fairs that run on it.
 */
import { addDays, calendarDay, type CalendarDay } from '../dates/calendar-day'
import { fairDays, type FairDates } from './fair-status'

/** A month as `YYYY-MM`. */
export type Month = string

export type MonthCell<T> = { day: CalendarDay; inMonth: boolean; fairs: T[] }

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** The month asked for in a query string, or the month of `now` when it is missing or malformed. */
export function parseMonth(value: string | null | undefined, now: Date): Month {
  if (value && MONTH.test(value)) {
    const year = Number(value.slice(0, 4))
    if (year >= 2000 && year <= 2100) return value
  }
  return calendarDay(now).slice(0, 7)
}

export function shiftMonth(month: Month, delta: number): Month {
  const [y, m] = month.split('-').map(Number)
  const index = y! * 12 + (m! - 1) + delta
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** Monday = 0 … Sunday = 6. */
function weekdayOf(day: CalendarDay): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7
}

export function monthGrid<T extends FairDates>(month: Month, fairs: readonly T[]): MonthCell<T>[][] {
  const first = `${month}-01`
  const last = addDays(`${shiftMonth(month, 1)}-01`, -1)
  const gridStart = addDays(first, -weekdayOf(first))
  const gridEnd = addDays(last, 6 - weekdayOf(last))
  const spans = fairs.map((fair) => ({ fair, ...fairDays(fair) }))
  const weeks: MonthCell<T>[][] = []
  for (let day = gridStart; day <= gridEnd; day = addDays(day, 1)) {
    if (weekdayOf(day) === 0) weeks.push([])
    const inMonth = day.startsWith(month)
    const running = inMonth ? spans.filter((s) => s.start <= day && day <= s.end).map((s) => s.fair) : []
    weeks[weeks.length - 1]!.push({ day, inMonth, fairs: running })
  }
  return weeks
}

/** Fairs that run on at least one day of the month. */
export function fairsInMonth<T extends FairDates>(month: Month, fairs: readonly T[]): T[] {
  const first = `${month}-01`
  const last = addDays(`${shiftMonth(month, 1)}-01`, -1)
  return fairs.filter((fair) => {
    const { start, end } = fairDays(fair)
    return start <= last && end >= first
  })
}
