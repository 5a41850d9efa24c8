import { describe, expect, it } from 'vitest'
import { echoValues, parseEnquiry } from '../../../src/enquiries/schema'
import { ERROR_CODES, messageFor } from '../../../src/enquiries/messages'
import { cleanLine, cleanText } from '../../../src/text/clean-text'

const valid = {
  product: '12',
  name: 'Lê Văn An',
  buyerType: 'importer',
  country: 'Japan',
  email: 'an@example.jp',
  message: 'Please quote 1 container of cashew nuts.',
  consent: true,
  idempotencyKey: '0b1c2d3e-4f50-4a6b-8c9d-0e1f2a3b4c5d',
}

describe('enquiry validation', () => {
  it('should accept a minimal enquiry, from JSON types or form strings alike', () => {
    expect(parseEnquiry(valid).ok).toBe(true)
    const fromForm = parseEnquiry({ ...valid, consent: 'on', quantity: '1.5', unit: 'tấn' })
    expect(fromForm).toMatchObject({ ok: true, value: { consent: true, quantity: 1.5, unit: 'tấn' } })
    expect(parseEnquiry({ ...valid, quantity: '2,5', unit: 'kg' })).toMatchObject({ ok: true, value: { quantity: 2.5 } })
  })

  it('should treat empty optional fields as absent', () => {
    const result = parseEnquiry({ ...valid, company: '  ', phone: '', quantity: '', unit: '', market: '', language: '' })
    expect(result).toMatchObject({ ok: true })
    if (result.ok) expect(result.value).not.toHaveProperty('company', expect.anything())
  })

  it('should need a product or a producer', () => {
    const { product: _, ...rest } = valid
    expect(parseEnquiry(rest)).toEqual({ ok: false, errors: { product: { code: 'target' } } })
    expect(parseEnquiry({ ...rest, producer: '7' }).ok).toBe(true)
    expect(parseEnquiry({ ...valid, product: '../../etc' })).toMatchObject({ ok: false, errors: { product: { code: 'target' } } })
  })

  it('should report limits with the number the buyer must respect', () => {
    const result = parseEnquiry({ ...valid, name: 'x'.repeat(121), message: 'short' })
    expect(result).toEqual({ ok: false, errors: { name: { code: 'tooLong', params: { max: 120 } }, message: { code: 'tooShort', params: { min: 10 } } } })
  })

  it('should accept Vietnamese and international phone numbers and refuse anything else', () => {
    for (const phone of ['0912 345 678', '+84 912-345-678', '(028) 3822 1234']) expect(parseEnquiry({ ...valid, phone }).ok).toBe(true)
    for (const phone of ['12345', 'call me', '+84 912 345 678 999 999', 'javascript:alert(1)'])
      expect(parseEnquiry({ ...valid, phone })).toMatchObject({ ok: false, errors: { phone: { code: 'phone' } } })
  })

  it('should refuse consent that was not given, and a malformed key', () => {
    expect(parseEnquiry({ ...valid, consent: 'false' })).toMatchObject({ ok: false, errors: { consent: { code: 'consent' } } })
    expect(parseEnquiry({ ...valid, idempotencyKey: 'short' })).toMatchObject({ ok: false, errors: { idempotencyKey: { code: 'idempotencyKey' } } })
  })

  it('should echo back only known fields, cleaned, as strings', () => {
    const values = echoValues({ ...valid, quantity: 3, evil: '<script>', name: 'An\u0000 ' })
    expect(values).toMatchObject({ name: 'An', quantity: '3', consent: 'true' })
    expect(values).not.toHaveProperty('evil')
  })
})

describe('messages', () => {
  it('should have a sentence for every error code in both languages, with its number filled in', () => {
    for (const code of ERROR_CODES) {
      expect(messageFor({ code }, 'vi')).not.toBe('')
      expect(messageFor({ code }, 'en')).not.toBe('')
    }
    expect(messageFor({ code: 'tooLong', params: { max: 80 } }, 'en')).toContain('80')
    expect(messageFor({ code: 'tooLong', params: { max: 80 } }, 'vi')).toContain('80')
  })
})

describe('cleaning buyer text', () => {
  it('should remove control characters and direction overrides, keep Vietnamese, normalise to NFC', () => {
    expect(cleanLine('  Nguye\u0302\u0303n\u0000 \u202EVa\u0306n  ')).toBe('Nguyễn Văn')
    expect(cleanLine('a\r\nb\tc')).toBe('a b c')
  })
  it('should keep line breaks in a message but not runs of empty lines', () => {
    expect(cleanText('Dòng 1\r\nDòng 2\n\n\n\n\n\nDòng 3\u0007')).toBe('Dòng 1\nDòng 2\n\n\nDòng 3')
  })
})
