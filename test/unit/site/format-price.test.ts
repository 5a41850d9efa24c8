import { describe, expect, it } from 'vitest'
import { formatPriceRange } from '../../../src/site/format-price'

const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ')

describe('price ranges', () => {
  it('should write dong the Vietnamese way, with a dot for thousands', () => {
    expect(plain(formatPriceRange({ min: 120000, max: 140000, currency: 'VND' }, 'vi'))).toBe('120.000–140.000 ₫')
  })
  it('should write dong for English readers with the currency code', () => {
    expect(plain(formatPriceRange({ min: 120000, max: 140000, currency: 'VND' }, 'en'))).toBe('VND 120,000–140,000')
  })
  it('should write dollars with cents', () => {
    expect(formatPriceRange({ min: 2.5, max: 3, currency: 'USD' }, 'en')).toBe('US$2.50–3.00')
  })
  it('should show a single price when there is no higher one', () => {
    expect(plain(formatPriceRange({ min: 120000, max: 120000 }, 'vi'))).toBe('120.000 ₫')
  })
  it('should show nothing without a price', () => {
    expect(formatPriceRange({ min: null }, 'vi')).toBeUndefined()
    expect(formatPriceRange(undefined, 'en')).toBeUndefined()
  })
})
