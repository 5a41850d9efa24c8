import { describe, expect, it } from 'vitest'
import { buildFairCalendar, fairLocation } from '../../../src/calendar/build-fair-calendar'

const options = {
  name: 'Hội chợ — Tiêu Biểu',
  uidHost: 'tieubieu.test',
  language: 'vi' as const,
  labels: { organiser: 'Đơn vị tổ chức', moreInfo: 'Chi tiết' },
}
const fair = {
  id: 7,
  name: 'Hội chợ hàng CNNT tiêu biểu khu vực phía Nam',
  startDate: '2026-12-11T17:00:00.000Z', // 12 Dec in Vietnam
  endDate: '2026-12-15T00:00:00.000Z',
  venue: 'Trung tâm Hội chợ Triển lãm Sài Gòn (SECC)',
  city: 'Thành phố Hồ Chí Minh',
  country: 'VN',
  organiser: 'Trung tâm Khuyến công TP.HCM',
  summary: 'Hơn 300 gian hàng; giá đặc biệt, nhiều ưu đãi.',
  pageUrl: 'https://tieubieu.test/hoi-cho/hoi-cho-phia-nam-2026',
  updatedAt: '2026-11-01T08:00:00.000Z',
}

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '')

describe('the fair calendar (iCalendar)', () => {
  const ics = buildFairCalendar([fair], options)

  it('should be a VCALENDAR with CRLF line endings and one VEVENT', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true)
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect(ics).toContain('VERSION:2.0')
  })
  it('should make an all-day event on Vietnamese days, ending the day after the last day', () => {
    expect(ics).toContain('DTSTART;VALUE=DATE:20261212')
    expect(ics).toContain('DTEND;VALUE=DATE:20261216')
  })
  it('should give a stable UID so a re-import updates the event', () => {
    expect(ics).toContain('UID:fair-7@tieubieu.test')
    expect(buildFairCalendar([fair], options)).toBe(ics)
  })
  it('should escape commas and semicolons in texts and link the fair page', () => {
    const text = unfold(ics)
    expect(text).toContain('SUMMARY:Hội chợ hàng CNNT tiêu biểu khu vực phía Nam')
    expect(text).toContain('giá đặc biệt\\, nhiều ưu đãi.')
    expect(text).toContain('LOCATION:Trung tâm Hội chợ Triển lãm Sài Gòn (SECC)\\, Thành phố Hồ Chí Minh')
    expect(text).toContain('URL;VALUE=URI:https://tieubieu.test/hoi-cho/hoi-cho-phia-nam-2026')
  })
  it('should fold lines longer than 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
  })
})

describe('fair location', () => {
  it('should name a foreign country but not Vietnam', () => {
    expect(fairLocation({ venue: 'Makuhari Messe', city: 'Chiba', country: 'JP' })).toBe('Makuhari Messe, Chiba, JP')
    expect(fairLocation({ venue: 'SECC', city: null, country: 'VN' })).toBe('SECC')
  })
})
