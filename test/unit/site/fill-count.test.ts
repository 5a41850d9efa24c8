import { describe, expect, it } from 'vitest'
import { en } from '../../../site/i18n/en'
import { fillCount } from '../../../site/i18n'
import { vi } from '../../../site/i18n/vi'

describe('counts in words', () => {
  it('should say "1 producer" and "2 producers" in English', () => {
    expect(fillCount(en.producersCount, 1, 'en')).toBe('1 producer')
    expect(fillCount(en.producersCount, 2, 'en')).toBe('2 producers')
    expect(fillCount(en.producersCount, 0, 'en')).toBe('0 producers')
  })

  it('should say "1 award matches" and "3 awards match" a number looked up', () => {
    expect(fillCount(en.awards.lookupResults, 1, 'en', { q: '12/QĐ' })).toBe('1 award matches “12/QĐ”')
    expect(fillCount(en.awards.lookupResults, 3, 'en', { q: '12/QĐ' })).toBe('3 awards match “12/QĐ”')
  })

  it('should keep the one Vietnamese form and write thousands the Vietnamese way', () => {
    expect(fillCount(vi.brands.count, 1, 'vi')).toBe('1 thương hiệu')
    expect(fillCount(vi.awards.count, 1234, 'vi')).toBe('1.234 giải thưởng')
    expect(fillCount(en.awards.count, 1234, 'en')).toBe('1,234 awards')
  })
})
