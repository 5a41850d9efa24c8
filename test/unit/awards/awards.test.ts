import { describe, expect, it } from 'vitest'
import { bestAward, compareAwards, levelRank } from '../../../src/awards/award-levels'
import { documentNumberMatches, leadingNumber, normalizeDocumentNumber } from '../../../src/awards/document-number'
import { departmentNameIn, expectedIssuer, glossIssuer } from '../../../src/awards/issuing-body'

describe('award levels', () => {
  it('should rank national above regional, provincial, district and commune', () => {
    expect(['commune', 'national', 'district', 'regional', 'provincial'].sort((a, b) => levelRank(a) - levelRank(b))).toEqual([
      'national',
      'regional',
      'provincial',
      'district',
      'commune',
    ])
  })
  it('should pick the highest and then the latest award for a card', () => {
    const awards = [
      { level: 'provincial', year: 2024 },
      { level: 'national', year: 2021 },
      { level: 'national', year: 2023 },
    ]
    expect(bestAward(awards)).toEqual({ level: 'national', year: 2023 })
    expect([...awards].sort(compareAwards)[2]).toEqual({ level: 'provincial', year: 2024 })
  })
})

describe('issuing bodies as named then', () => {
  it('should name the ministry department as it was in each period', () => {
    expect(departmentNameIn(2021)).toBe('Cục Công nghiệp địa phương')
    expect(departmentNameIn(2022)).toBe('Cục Công nghiệp địa phương')
    expect(departmentNameIn(2023)).toBe('Cục Công Thương địa phương')
    expect(departmentNameIn(2025)).toBe('Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công')
  })
  it('should name a provincial issuer after the province as it was then', () => {
    expect(expectedIssuer('provincial', 2024, 'Bình Dương')).toBe('UBND tỉnh Bình Dương')
    expect(expectedIssuer('provincial', 2024, 'Thành phố Hồ Chí Minh')).toBe('UBND Thành phố Hồ Chí Minh')
    expect(expectedIssuer('national', 2023, 'Bình Dương')).toBe('Bộ Công Thương')
  })
  it('should gloss issuers in English and leave unknown ones alone', () => {
    expect(glossIssuer('UBND tỉnh Bình Dương')).toBe("People's Committee of Bình Dương province")
    expect(glossIssuer('Bộ Công Thương')).toBe('Ministry of Industry and Trade')
    expect(glossIssuer('Cục Công Thương địa phương')).toBe('Agency for Regional Industry and Trade, Ministry of Industry and Trade')
    expect(glossIssuer('UBND huyện Phú Giáo')).toBe("People's Committee of huyện Phú Giáo")
    expect(glossIssuer('Hiệp hội Làng nghề')).toBeUndefined()
  })
})

describe('decision and certificate numbers', () => {
  it('should normalise diacritics, case and spacing', () => {
    expect(normalizeDocumentNumber('3116/QĐ-BCT')).toBe('3116/QD-BCT')
    expect(normalizeDocumentNumber(' 3116 / qđ – bct ')).toBe('3116/QD-BCT')
  })
  it('should find a decision typed without diacritics or by its number alone', () => {
    expect(documentNumberMatches('3116/QD-BCT', '3116/QĐ-BCT')).toBe(true)
    expect(documentNumberMatches('3116', '3116/QĐ-BCT')).toBe(true)
  })
  it('should not match a different number that starts the same way', () => {
    expect(documentNumberMatches('311', '3116/QĐ-BCT')).toBe(false)
    expect(documentNumberMatches('3116/QD-UBND', '3116/QĐ-BCT')).toBe(false)
    expect(documentNumberMatches('', '3116/QĐ-BCT')).toBe(false)
  })
  it('should give the leading digits for the database to narrow on', () => {
    expect(leadingNumber('GCN 0123/2023')).toBe('0123')
    expect(leadingNumber('abc')).toBeUndefined()
  })
})
