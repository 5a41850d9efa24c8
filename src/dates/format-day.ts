/**
 * Dates as buyers read them: "12/12/2023" in Vietnamese, "12 Dec 2023" in English; ranges
 * share what they can ("12–15/12/2026", "28 Nov – 2 Dec 2026").
 */
import type { CalendarDay } from './calendar-day'

export type DateLocale = 'vi' | 'en'

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const short = (month: number) => MONTHS_EN[month - 1]!.slice(0, 3)

function parts(day: CalendarDay): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number)
  return [y!, m!, d!]
}

export function formatDay(day: CalendarDay, locale: DateLocale): string {
  const [y, m, d] = parts(day)
  return locale === 'vi' ? `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}` : `${d} ${short(m)} ${y}`
}

export function formatDayRange(start: CalendarDay, end: CalendarDay | undefined, locale: DateLocale): string {
  if (!end || end === start) return formatDay(start, locale)
  const [y1, m1, d1] = parts(start)
  const [y2, m2, d2] = parts(end)
  if (locale === 'vi') {
    const pad = (n: number) => String(n).padStart(2, '0')
    if (y1 === y2 && m1 === m2) return `${pad(d1)}–${pad(d2)}/${pad(m2)}/${y2}`
    if (y1 === y2) return `${pad(d1)}/${pad(m1)} – ${pad(d2)}/${pad(m2)}/${y2}`
    return `${formatDay(start, locale)} – ${formatDay(end, locale)}`
  }
  if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${short(m2)} ${y2}`
  if (y1 === y2) return `${d1} ${short(m1)} – ${d2} ${short(m2)} ${y2}`
  return `${formatDay(start, locale)} – ${formatDay(end, locale)}`
}

/** "Tháng 12/2026" or "December 2026", for a month given as `YYYY-MM`. */
export function formatMonth(month: string, locale: DateLocale): string {
  const [y, m] = month.split('-').map(Number)
  return locale === 'vi' ? `Tháng ${m}/${y}` : `${MONTHS_EN[m! - 1]} ${y}`
}
