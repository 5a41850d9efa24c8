import { describe, expect, it } from 'vitest'
import { foldPlaceName, matchProvinces } from '../../../src/provinces/match-provinces'

const provinces = [
  {
    id: 1,
    slug: 'thanh-pho-ho-chi-minh',
    name: 'Thành phố Hồ Chí Minh',
    nameEn: 'Ho Chi Minh City',
    formerNames: ['Thành phố Hồ Chí Minh', 'Bình Dương', 'Bà Rịa–Vũng Tàu'],
  },
  { id: 2, slug: 'tay-ninh', name: 'Tây Ninh', nameEn: 'Tay Ninh', formerNames: ['Tây Ninh', 'Long An'] },
  { id: 3, slug: 'hue', name: 'Huế', nameEn: 'Hue', formerNames: ['Thừa Thiên Huế'] },
]

describe('matching provinces', () => {
  it('should find a current unit by its slug', () => {
    expect(matchProvinces('tay-ninh', provinces).provinces.map((p) => p.id)).toEqual([2])
  })
  it('should find a current unit by its name, with or without diacritics', () => {
    expect(matchProvinces('Tây Ninh', provinces).provinces.map((p) => p.id)).toEqual([2])
    expect(matchProvinces('tay ninh', provinces).provinces.map((p) => p.id)).toEqual([2])
    expect(matchProvinces('Ho Chi Minh City', provinces).provinces.map((p) => p.id)).toEqual([1])
  })
  it('should lead a former province to the unit that absorbed it, and say which name matched', () => {
    expect(matchProvinces('Bình Dương', provinces)).toEqual({ provinces: [provinces[0]], formerName: 'Bình Dương' })
    expect(matchProvinces('binh duong', provinces).formerName).toBe('Bình Dương')
    expect(matchProvinces('binh-duong', provinces).provinces.map((p) => p.id)).toEqual([1])
    expect(matchProvinces('long an', provinces).provinces.map((p) => p.id)).toEqual([2])
  })
  it('should ignore "tỉnh" and dash variants', () => {
    expect(matchProvinces('tỉnh Bà Rịa - Vũng Tàu', provinces).provinces.map((p) => p.id)).toEqual([1])
    expect(matchProvinces('Thua Thien Hue', provinces).provinces.map((p) => p.id)).toEqual([3])
  })
  it('should match nothing for an unknown or empty name', () => {
    expect(matchProvinces('Atlantis', provinces).provinces).toEqual([])
    expect(matchProvinces('  ', provinces).provinces).toEqual([])
  })
  it('should fold place names', () => {
    expect(foldPlaceName('Tỉnh Đắk Lắk')).toBe('dak lak')
    expect(foldPlaceName('TP. Hồ Chí Minh')).toBe('ho chi minh')
  })
})
