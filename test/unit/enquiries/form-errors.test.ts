/**
 * What the enquiry form shows when the API says no: the API's own messages when it gives them,
 * else a message by status (413, 429 with when to retry, 403, anything else), in both languages,
 * and the list of problems in the order of the fields on the page.
 */
import { describe, expect, it } from 'vitest'
import { clientStrings, errorsFor, fieldLabels, minutesOf, orderedFields, summaryHeading } from '../../../site/components/enquiry-errors'
import { enquiryStrings } from '../../../site/i18n/enquiry'
import { dropRefusedForm, keepRefusedForm, readRefusedForm, REFUSED_FORM_COOKIE } from '../../../site/lib/http/refused-enquiry-forms'
import { redirectRefusedEnquiry } from '../../../site/lib/http/refused-enquiry-redirect'
import type { FormState } from '../../../cms/enquiries/handle-enquiry-request'

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
  const form: FormState = {
    values: { name: 'Quỳnh', email: 'quynh-at-example', message: 'Cần hai trăm hộp', product: '7' },
    errors: { email: 'Địa chỉ email chưa đúng.' },
    locale: 'vi',
    returnTo: '/san-pham/keo-khom-ben-luc-200g',
  }

  it('should come back at the page the buyer was on, so a reload does not post the enquiry again', () => {
    const token = keepRefusedForm(form)
    const res = redirectRefusedEnquiry(form.returnTo!, token, true)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/san-pham/keo-khom-ben-luc-200g#enquiry')
    const cookie = res.headers.get('set-cookie')!
    expect(cookie).toContain(`${REFUSED_FORM_COOKIE}=${token}`)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/Secure/)
    // Nothing the buyer typed is in the address or the cookie.
    expect(`${res.headers.get('location')} ${cookie}`).not.toMatch(/Quỳnh|quynh|hai trăm/)
    // The page (and a reload of it) shows what was typed and why it was refused.
    expect(readRefusedForm(token)).toEqual(form)
    expect(readRefusedForm(token)).toEqual(form)
  })

  it('should forget what was typed once sent or after a quarter of an hour', () => {
    const sent = keepRefusedForm(form)
    dropRefusedForm(sent)
    expect(readRefusedForm(sent)).toBeUndefined()
    const now = Date.now()
    const old = keepRefusedForm(form, now)
    expect(readRefusedForm(old, now + 14 * 60_000)).toEqual(form)
    expect(readRefusedForm(old, now + 16 * 60_000)).toBeUndefined()
    expect(readRefusedForm('made-up-token')).toBeUndefined()
  })
})
