import { describe, expect, it } from 'vitest'
import { provenanceOf } from '../../../src/awards/provenance'
import { glossRound } from '../../../src/awards/round-gloss'
import { englishPlaceName } from '../../../src/provinces/english-place-name'

const HCM = { name: 'Thành phố Hồ Chí Minh', nameEn: 'Ho Chi Minh City' }

describe('place names on English pages', () => {
  it('should give the current unit its English name and write former provinces without diacritics', () => {
    expect(englishPlaceName('Thành phố Hồ Chí Minh', HCM)).toBe('Ho Chi Minh City')
    expect(englishPlaceName('Bà Rịa - Vũng Tàu', HCM)).toBe('Ba Ria - Vung Tau')
    expect(englishPlaceName('Tỉnh Đắk Lắk')).toBe('Dak Lak')
    expect(englishPlaceName('Thành phố Cần Thơ')).toBe('Can Tho City')
  })
})

describe('award rounds on English pages', () => {
  it('should gloss the rounds certificates name, and leave an unknown wording alone', () => {
    expect(glossRound('Bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh năm 2022')).toBe('Outstanding rural industrial products selection, provincial level, 2022')
    expect(glossRound('Bình chọn sản phẩm CNNT tiêu biểu cấp quốc gia năm 2023 (lần thứ 3)')).toBe(
      'Outstanding rural industrial products selection, national level, 2023 (3rd round)',
    )
    expect(glossRound('Bình chọn sản phẩm CNNT tiêu biểu khu vực miền Trung – Tây Nguyên năm 2024')).toContain('Central and Highlands region, 2024')
    expect(glossRound('Hội chợ năm 2022')).toBeUndefined()
  })

  it('should show an English award page the province and the round in English, and a Vietnamese page as written', () => {
    const award = {
      level: 'provincial',
      year: 2022,
      round: 'Bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh năm 2022',
      awardingBody: 'UBND Thành phố Hồ Chí Minh',
      decisionNumber: '12/QĐ-UBND',
      provinceNameAtAward: 'Thành phố Hồ Chí Minh',
      province: HCM,
    }
    expect(provenanceOf(award, 'en')).toMatchObject({ provinceThenEn: 'Ho Chi Minh City', roundGloss: expect.stringContaining('provincial level, 2022') })
    expect(provenanceOf(award, 'vi').provinceThenEn).toBeUndefined()
    expect(provenanceOf(award, 'vi').roundGloss).toBeUndefined()
  })
})
