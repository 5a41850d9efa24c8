import { describe, expect, it } from 'vitest'
import { contactLinks } from '../../../src/enquiries/contact-links'
import { median, responseStats } from '../../../src/enquiries/response-stats'

const NOW = new Date('2026-12-01T00:00:00Z')
const at = (iso: string) => new Date(iso).toISOString()

describe('response statistics', () => {
  it('should give each producer its response rate among due enquiries and its median response time', () => {
    const stats = responseStats(
      [
        { producer: 1, status: 'answered', createdAt: at('2026-11-10T00:00:00Z'), answeredAt: at('2026-11-10T04:00:00Z'), dueAt: at('2026-11-13T00:00:00Z') },
        { producer: 1, status: 'closed', createdAt: at('2026-11-11T00:00:00Z'), answeredAt: at('2026-11-12T00:00:00Z'), dueAt: at('2026-11-14T00:00:00Z') },
        { producer: 1, status: 'new', createdAt: at('2026-11-12T00:00:00Z'), dueAt: at('2026-11-15T00:00:00Z') },
        { producer: 1, status: 'new', createdAt: at('2026-11-30T00:00:00Z'), dueAt: at('2026-12-03T00:00:00Z') },
        { producer: 1, status: 'spam', createdAt: at('2026-11-20T00:00:00Z'), dueAt: at('2026-11-23T00:00:00Z') },
        { producer: { id: 2, brandName: 'Kẹo dừa' }, status: 'answered', createdAt: at('2026-11-01T00:00:00Z'), answeredAt: at('2026-11-01T01:00:00Z') },
      ],
      NOW,
      { '1': 'Mật ong' },
    )
    expect(stats).toEqual([
      { producerId: '1', name: 'Mật ong', total: 4, answered: 2, late: 0, overdue: 1, closed: 0, pending: 1, responseRate: 2 / 3, medianResponseHours: 14 },
      { producerId: '2', name: 'Kẹo dừa', total: 1, answered: 1, late: 0, overdue: 0, closed: 0, pending: 0, responseRate: 1, medianResponseHours: 1 },
    ])
  })

  it('should count an answer after the deadline as due but not on time', () => {
    const late = [9, 12].map((days) => ({
      producer: 1,
      status: 'answered',
      createdAt: at('2026-11-02T00:00:00Z'),
      answeredAt: new Date(Date.parse('2026-11-02T00:00:00Z') + days * 86_400_000).toISOString(),
      dueAt: at('2026-11-05T00:00:00Z'),
    }))
    const [row] = responseStats(late, NOW)
    expect(row).toMatchObject({ answered: 2, late: 2, responseRate: 0 })
  })

  it('should not hold an enquiry closed without an answer against the producer', () => {
    const [row] = responseStats([{ producer: 1, status: 'closed', createdAt: at('2026-11-02T00:00:00Z'), dueAt: at('2026-11-05T00:00:00Z') }], NOW)
    expect(row).toMatchObject({ overdue: 0, closed: 1, responseRate: null })
  })

  it('should take the middle of an even list as the mean of the two middle values', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })
})

describe('one-click contact links', () => {
  it('should build Zalo and phone links from the digits only', () => {
    expect(contactLinks('0912 345 678')).toMatchObject({ zalo: 'https://zalo.me/0912345678', tel: 'tel:0912345678' })
    expect(contactLinks('+84 (912) 345-678')).toMatchObject({ zalo: 'https://zalo.me/84912345678', tel: 'tel:+84912345678' })
  })
  it('should give no link for something that is not a phone number', () => {
    expect(contactLinks('javascript:alert(1)')).toEqual({})
    expect(contactLinks('"><img src=x>', 'a@b.c').mailto).toBe('mailto:a@b.c')
    expect(contactLinks(undefined, 'x" onmouseover="y@z')).toEqual({})
  })
})
