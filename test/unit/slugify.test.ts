import { describe, expect, it } from 'vitest'
import { slugify } from '../../src/text/slugify'

describe('slugify', () => {
  it('should drop diacritics and map đ to d', () => {
    expect(slugify('Mật ong Đất Việt')).toBe('mat-ong-dat-viet')
    expect(slugify('Bánh đa kế Bắc Giang')).toBe('banh-da-ke-bac-giang')
  })
  it('should give the same slug for decomposed (NFD) input', () => {
    expect(slugify('Kẹo khóm'.normalize('NFD'))).toBe('keo-khom')
  })
  it('should collapse punctuation into single hyphens', () => {
    expect(slugify('  Bà Rịa – Vũng Tàu!! ')).toBe('ba-ria-vung-tau')
  })
})
