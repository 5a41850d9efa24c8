import { describe, expect, it } from 'vitest'
import { fairStatus, registrationState, splitFairs } from '../../../src/fairs/fair-status'

const fair = (startDate: string, endDate?: string, name = '') => ({ name, startDate, endDate })
// 22 Nov 2026, 10:00 in Vietnam
const now = new Date('2026-11-22T03:00:00Z')

describe('fair status', () => {
  it('should call a fair that starts tomorrow upcoming', () => {
    expect(fairStatus(fair('2026-11-23T00:00:00Z', '2026-11-26T00:00:00Z'), now)).toBe('upcoming')
  })
  it('should call a fair ongoing on its first and its last day', () => {
    expect(fairStatus(fair('2026-11-22T00:00:00Z', '2026-11-25T00:00:00Z'), now)).toBe('ongoing')
    expect(fairStatus(fair('2026-11-18T00:00:00Z', '2026-11-22T00:00:00Z'), now)).toBe('ongoing')
  })
  it('should call a fair that ended yesterday past', () => {
    expect(fairStatus(fair('2026-11-18T00:00:00Z', '2026-11-21T00:00:00Z'), now)).toBe('past')
  })
  it('should judge by the day in Vietnam, not in UTC', () => {
    // 23:30 on 21 Nov in UTC is already 22 Nov in Vietnam
    expect(fairStatus(fair('2026-11-22T00:00:00Z'), new Date('2026-11-21T23:30:00Z'))).toBe('ongoing')
  })
  it('should treat a fair without an end date as lasting one day', () => {
    expect(fairStatus(fair('2026-11-21T00:00:00Z'), now)).toBe('past')
  })
  it('should split fairs with the soonest upcoming first and the latest past first', () => {
    const groups = splitFairs(
      [
        fair('2026-12-20', '2026-12-22', 'late'),
        fair('2026-11-30', '2026-12-02', 'soon'),
        fair('2025-01-01', '2025-01-03', 'old'),
        fair('2026-10-01', '2026-10-03', 'recent'),
        fair('2026-11-20', '2026-11-24', 'now'),
      ],
      now,
    )
    expect(groups.upcoming.map((f) => f.name)).toEqual(['soon', 'late'])
    expect(groups.ongoing.map((f) => f.name)).toEqual(['now'])
    expect(groups.past.map((f) => f.name)).toEqual(['recent', 'old'])
  })
})

describe('registration deadline', () => {
  it('should be open well before the deadline, closing in its last week, closed after it', () => {
    expect(registrationState('2026-12-31', now)).toBe('open')
    expect(registrationState('2026-11-29', now)).toBe('closing')
    expect(registrationState('2026-11-22', now)).toBe('closing')
    expect(registrationState('2026-11-21', now)).toBe('closed')
  })
  it('should say nothing when there is no deadline', () => {
    expect(registrationState(null, now)).toBeUndefined()
  })
})
