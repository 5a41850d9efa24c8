import { describe, expect, it } from 'vitest'
import { en } from '../../../site/i18n/en'
import { vi } from '../../../site/i18n/vi'

describe('the province filter hint', () => {
  it('should point to the former provinces in the list, not ask to type into a dropdown', () => {
    for (const t of [vi, en]) {
      expect(t.products.provinceHint).not.toMatch(/gõ|type|work too/i)
      const group = t.products.provincesFormer.split(' (')[0]!
      expect(t.products.provinceHint).toContain(group)
    }
  })
})
