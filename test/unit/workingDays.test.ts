import { describe, expect, it } from 'vitest'
import { addWorkingDays } from '../../src/enquiries/working-days'
import { makeReference } from '../../src/enquiries/reference'

describe('response deadline', () => {
  it('should skip the weekend: Friday + 3 working days is Wednesday', () => {
    expect(addWorkingDays(new Date('2026-11-20T10:00:00Z'), 3).toISOString()).toBe('2026-11-25T10:00:00.000Z')
  })
  it('should count Monday + 3 as Thursday', () => {
    expect(addWorkingDays(new Date('2026-11-23T08:00:00Z'), 3).getUTCDay()).toBe(4)
  })
})

describe('enquiry reference', () => {
  it('should be short, dated and free of look-alike characters', () => {
    const ref = makeReference(new Date('2026-11-22T00:00:00Z'))
    expect(ref).toMatch(/^TB-2026-[2-9A-HJKMNP-Z]{6}$/)
  })
})
