/**
 * Calendar days in Vietnam. The CMS stores dates as instants; a fair "on 12 December" or a
 * certificate "valid until 30 June" means that day in Vietnam, wherever the server runs.
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh'

/** A calendar day as `YYYY-MM-DD`, which sorts and compares as a string. */
export type CalendarDay = string

const DAY = /^\d{4}-\d{2}-\d{2}$/
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The day a moment falls on in Vietnam (or `timeZone`); a bare `YYYY-MM-DD` is taken as is. */
export function calendarDay(value: Date | string, timeZone = VIETNAM_TIME_ZONE): CalendarDay {
  if (typeof value === 'string' && DAY.test(value)) return value
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`)
  return formatterFor(timeZone).format(date)
}

/** The day, or undefined for an empty or unreadable value (optional CMS dates). */
export function optionalCalendarDay(value: Date | string | null | undefined): CalendarDay | undefined {
  if (value == null || value === '') return undefined
  try {
    return calendarDay(value)
  } catch {
    return undefined
  }
}

/** `day` moved by `days` (negative goes back). */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}
