/**
 * What the enquiry form shows when the API says no: the API's own messages when it gives them,
 * else a message by status (413, 429 with when to retry, 403, anything else), in both languages,
 * and the list of problems in the order of the fields on the page.
 */
import { describe, expect, it } from 'vitest'
import { clientStrings, errorsFor, fieldLabels, minutesOf, orderedFields, summaryHeading } from '../../../site/components/enquiry-errors'
import { enquiryStrings } from '../../../site/i18n/enquiry'

const vi = clientStrings(enquiryStrings('vi'))
const en = clientStrings(enquiryStrings('en'))

describe('the problems after an answer that is not 201', () => {
  it("should show the API's messages as they are", () => {
    const body = { errors: { email: 'This e-mail address does not look right.', message: 'Please say a little more.' } }
    expect(errorsFor(400, body, null, en)).toEqual(body.errors)
    expect(errorsFor(429, { errors: { form: 'Vui lòng thử lại sau khoảng 7 phút' } }, '400', vi)).toEqual({ form: 'Vui lòng thử lại sau khoảng 7 phút' })
  })

  it('should say why by status when the answer has no message of its own', () => {
    expect(errorsFor(413, '<html>Request Entity Too Large</html>', null, en)).toEqual({ form: en.failed.tooLarge })
    expect(errorsFor(403, {}, null, vi)).toEqual({ form: vi.failed.refused })
    expect(errorsFor(502, {}, null, en)).toEqual({ form: en.failed.unavailable })
    expect(errorsFor(400, { errors: {} }, null, en)).toEqual({ form: en.failed.unavailable })
    expect(errorsFor(400, { errors: { email: 42 } }, null, en)).toEqual({ form: en.failed.unavailable })
  })

  it('should say in how many minutes to retry after a 429, from Retry-After', () => {
    expect(errorsFor(429, {}, '125', en).form).toBe(en.failed.rateLimited.replace('{minutes}', '3'))
    expect(errorsFor(429, {}, null, vi).form).toContain('khoảng 1 phút')
    expect(minutesOf('30')).toBe(1)
    expect(minutesOf('3600')).toBe(60)
    expect(minutesOf(new Date(Date.UTC(2026, 0, 1, 0, 10)).toUTCString(), Date.UTC(2026, 0, 1))).toBe(10)
    expect(minutesOf('soon')).toBe(1)
  })

  it('should have every message in both languages, and no placeholder left but {minutes}', () => {
    for (const strings of [vi, en]) {
      for (const text of Object.values(strings.failed)) expect(text.replace('{minutes}', '')).not.toMatch(/[{}]/)
      expect(strings.failed.rateLimited).toContain('{minutes}')
    }
    expect(vi.failed.tooLarge).not.toBe(en.failed.tooLarge)
  })
})

describe('the list of problems', () => {
  it('should follow the fields on the page, a message for the whole form first', () => {
    expect(orderedFields({ consent: 'x', message: 'x', email: 'x', form: 'x', name: 'x', idempotencyKey: 'x' })).toEqual([
      'form',
      'name',
      'email',
      'message',
      'consent',
      'idempotencyKey',
    ])
    expect(orderedFields({ unknown: 'x', name: 'x' })).toEqual(['name', 'unknown'])
  })

  it('should name only the fields a buyer can see and fix (those it links to)', () => {
    const labels = fieldLabels(enquiryStrings('en'))
    expect(labels.consent).toBe('Consent')
    expect(labels.email).toBe('E-mail')
    for (const hidden of ['form', 'product', 'producer', 'idempotencyKey', 'locale', 'website']) expect(labels[hidden]).toBeUndefined()
  })
})

describe('the heading of the list of problems', () => {
  it('should ask to correct the fields only when a field is wrong, not when the buyer was only told to wait', () => {
    for (const locale of ['vi', 'en'] as const) {
      const t = clientStrings(enquiryStrings(locale))
      expect(summaryHeading({ email: 'x', form: 'y' }, t)).toBe(t.errorSummary)
      expect(summaryHeading({ form: 'Too many enquiries; try again in 10 minutes.' }, t)).toBe(t.notSent)
      expect(t.notSent).not.toMatch(/sửa|correct/i)
    }
  })
})

describe('a refused form posted without JavaScript', () => {
  // Not done: the page is still a rewrite answered at /api/enquiries#enquiry, so a reload posts
  // again. The fix needs the typed values and messages kept across a 303 back to the page (and
  // that page kept out of shared caches); left for a later change.
  it.todo('should come back at the page the buyer was on, so a reload does not post the enquiry again')
})
