import { describe, expect, it } from 'vitest'
import { fairsInMonth, monthGrid, parseMonth, shiftMonth } from '../../../src/fairs/month-grid'

const now = new Date('2026-11-22T03:00:00Z')

describe('the month view', () => {
  it('should read a YYYY-MM month and fall back to the current month', () => {
    expect(parseMonth('2027-01', now)).toBe('2027-01')
    expect(parseMonth('2027-13', now)).toBe('2026-11')
    expect(parseMonth('<script>', now)).toBe('2026-11')
    expect(parseMonth(undefined, now)).toBe('2026-11')
  })
  it('should move across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
  })
  it('should lay out whole weeks starting on Monday', () => {
    const weeks = monthGrid('2026-12', [])
    // 1 Dec 2026 is a Tuesday, 31 Dec a Thursday
    expect(weeks[0]![0]!.day).toBe('2026-11-30')
    expect(weeks[0]![0]!.inMonth).toBe(false)
    expect(weeks.at(-1)!.at(-1)!.day).toBe('2027-01-03')
    expect(weeks.every((w) => w.length === 7)).toBe(true)
  })
  it('should put a fair on every day it runs inside the month', () => {
    const fair = { name: 'x', startDate: '2026-11-29', endDate: '2026-12-02' }
    const days = monthGrid('2026-12', [fair])
      .flat()
      .filter((c) => c.fairs.length > 0)
      .map((c) => c.day)
    expect(days).toEqual(['2026-12-01', '2026-12-02'])
  })
  it('should list the fairs that touch a month', () => {
    const fairs = [
      { name: 'across', startDate: '2026-11-29', endDate: '2026-12-02' },
      { name: 'after', startDate: '2027-01-02', endDate: '2027-01-04' },
    ]
    expect(fairsInMonth('2026-12', fairs).map((f) => f.name)).toEqual(['across'])
  })
})
