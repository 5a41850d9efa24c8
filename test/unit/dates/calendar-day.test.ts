import { describe, expect, it } from 'vitest'
import { addDays, calendarDay, daysBetween, optionalCalendarDay } from '../../../src/dates/calendar-day'
import { formatDay, formatDayRange, formatMonth } from '../../../src/dates/format-day'

describe('calendar days in Vietnam', () => {
  it('should put 20:00 UTC on the next day in Vietnam (UTC+7)', () => {
    expect(calendarDay('2026-12-11T20:00:00.000Z')).toBe('2026-12-12')
  })
  it('should keep midnight UTC on the same day', () => {
    expect(calendarDay(new Date('2026-12-12T00:00:00Z'))).toBe('2026-12-12')
  })
  it('should take a bare YYYY-MM-DD as it is', () => {
    expect(calendarDay('2026-02-28')).toBe('2026-02-28')
  })
  it('should give undefined for an empty or unreadable optional date', () => {
    expect(optionalCalendarDay(null)).toBeUndefined()
    expect(optionalCalendarDay('')).toBeUndefined()
    expect(optionalCalendarDay('not a date')).toBeUndefined()
  })
  it('should add days across a month and a leap day', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })
  it('should count whole days between two days', () => {
    expect(daysBetween('2026-11-22', '2026-12-22')).toBe(30)
    expect(daysBetween('2026-11-22', '2026-11-21')).toBe(-1)
  })
})

describe('formatting days', () => {
  it('should write Vietnamese dates as dd/mm/yyyy and English ones with a short month', () => {
    expect(formatDay('2023-12-05', 'vi')).toBe('05/12/2023')
    expect(formatDay('2023-12-05', 'en')).toBe('5 Dec 2023')
  })
  it('should share the month and year in a range within one month', () => {
    expect(formatDayRange('2026-12-12', '2026-12-15', 'vi')).toBe('12–15/12/2026')
    expect(formatDayRange('2026-12-12', '2026-12-15', 'en')).toBe('12–15 Dec 2026')
  })
  it('should share only the year in a range across months', () => {
    expect(formatDayRange('2026-11-28', '2026-12-02', 'vi')).toBe('28/11 – 02/12/2026')
    expect(formatDayRange('2026-11-28', '2026-12-02', 'en')).toBe('28 Nov – 2 Dec 2026')
  })
  it('should write a one-day range as a single day', () => {
    expect(formatDayRange('2026-12-12', '2026-12-12', 'en')).toBe('12 Dec 2026')
  })
  it('should name months in both languages', () => {
    expect(formatMonth('2026-12', 'vi')).toBe('Tháng 12/2026')
    expect(formatMonth('2026-12', 'en')).toBe('December 2026')
  })
})
