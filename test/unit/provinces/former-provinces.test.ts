import { describe, expect, it } from 'vitest'
import provinces from '../../../scripts/seed/reference/provinces.json' with { type: 'json' }
import { DEMO_PRODUCERS } from '../../../scripts/seed/demo/producers/index'
import { FORMER_PROVINCES, formerProvinceName, formerProvinceValue } from '../../../src/provinces/former-provinces'

describe('former provinces (before 1 July 2025)', () => {
  it('should offer staff exactly the 63 former provinces the 34 current units absorbed', () => {
    expect(FORMER_PROVINCES.map((former) => former.name).sort()).toEqual(provinces.flatMap((p) => p.formerNames).sort())
    expect(new Set(FORMER_PROVINCES.map((former) => former.value)).size).toBe(63)
  })

  it('should read a former province back by value, and find its value by any spelling of its name', () => {
    expect(formerProvinceName('ba-ria-vung-tau')).toBe('Bà Rịa–Vũng Tàu')
    expect(formerProvinceValue('Bà Rịa - Vũng Tàu')).toBe('ba-ria-vung-tau')
    expect(formerProvinceValue('binh duong')).toBe('binh-duong')
    expect(formerProvinceName('atlantis')).toBeNull()
  })

  it('should give every demo producer a former province its current province absorbed', () => {
    for (const producer of DEMO_PRODUCERS) {
      const current = provinces.find((p) => p.slug === producer.province)!
      expect(current.formerNames, producer.slug).toContain(producer.formerProvince)
      expect(formerProvinceValue(producer.formerProvince), producer.slug).not.toBeNull()
    }
  })
})
