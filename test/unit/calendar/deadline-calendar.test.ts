import { describe, expect, it } from 'vitest'
import { buildDeadlineCalendar } from '../../../src/calendar/build-deadline-calendar'

describe('deadline calendar', () => {
  const ics = buildDeadlineCalendar(
    [
      {
        id: 7,
        title: 'Hỗ trợ bao bì; nhãn mác, 2026',
        deadline: '2026-12-20T16:59:59.000Z',
        kind: 'Thiết kế bao bì',
        pageUrl: 'https://tieubieu.example/ho-tro/bao-bi',
      },
    ],
    { name: 'Hạn nộp', uidHost: 'tieubieu.example', language: 'vi', deadlineWord: 'Hạn nộp' },
  )
  const unfolded = ics.replace(/\r\n[ \t]/g, '')

  it('should put the deadline on its Vietnamese calendar day, all day, with a stable UID', () => {
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20261220')
    expect(unfolded).toContain('DTEND;VALUE=DATE:20261221')
    expect(unfolded).toContain('UID:call-7@tieubieu.example')
  })

  it('should escape commas and semicolons in the title and remind a week before', () => {
    expect(unfolded).toContain('SUMMARY:Hạn nộp: Hỗ trợ bao bì\\; nhãn mác\\, 2026')
    expect(unfolded).toMatch(/TRIGGER:-P7D/)
  })
})
