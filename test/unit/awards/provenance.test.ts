import { describe, expect, it } from 'vitest'
import { citeAward, provenanceOf, type CitationWords } from '../../../src/awards/provenance'

const award = {
  level: 'provincial',
  year: 2024,
  awardingBody: 'UBND tỉnh Bình Dương',
  decisionNumber: '2451/QĐ-UBND',
  decisionDate: '2024-09-19T17:00:00.000Z',
  certificateNumber: '15/GCN-UBND',
  provinceNameAtAward: 'Bình Dương',
  province: { name: 'Thành phố Hồ Chí Minh', nameEn: 'Ho Chi Minh City' },
}

const vi: CitationWords = {
  title: 'Sản phẩm công nghiệp nông thôn tiêu biểu',
  level: { provincial: 'cấp tỉnh', national: 'cấp quốc gia' },
  year: 'năm',
  decision: 'Quyết định số',
  dated: 'ngày',
  certificate: 'Giấy chứng nhận số',
}
const en: CitationWords = {
  title: 'Outstanding rural industrial product',
  level: { provincial: 'provincial level', national: 'national level' },
  year: '',
  decision: 'Decision No.',
  dated: 'of',
  certificate: 'certificate No.',
}

describe('award provenance', () => {
  it('should keep the province as named then and add the unit it belongs to now', () => {
    const p = provenanceOf(award, 'vi')
    expect(p.provinceThen).toBe('Bình Dương')
    expect(p.provinceNow).toBe('Thành phố Hồ Chí Minh')
    expect(provenanceOf(award, 'en').provinceNow).toBe('Ho Chi Minh City')
  })
  it('should not repeat the province when its name has not changed', () => {
    const p = provenanceOf({ ...award, provinceNameAtAward: 'Thành phố Hồ Chí Minh' }, 'vi')
    expect(p.provinceNow).toBeUndefined()
  })
  it('should give the decision date as the day in Vietnam', () => {
    expect(provenanceOf(award, 'vi').decisionDay).toBe('2024-09-20')
  })
  it('should gloss the issuer on English pages only', () => {
    expect(provenanceOf(award, 'vi').issuerGloss).toBeUndefined()
    expect(provenanceOf(award, 'en').issuerGloss).toBe("People's Committee of Bình Dương province")
  })
  it('should cite an award in one Vietnamese sentence', () => {
    expect(citeAward('Mật ong Tâm An', provenanceOf(award, 'vi'), vi, 'vi')).toBe(
      'Mật ong Tâm An — Sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2024. UBND tỉnh Bình Dương, Quyết định số 2451/QĐ-UBND ngày 20/09/2024; Giấy chứng nhận số 15/GCN-UBND.',
    )
  })
  it('should cite an award in English with the original issuer name kept', () => {
    expect(citeAward('Tam An honey', provenanceOf(award, 'en'), en, 'en')).toBe(
      "Tam An honey — Outstanding rural industrial product, provincial level, 2024. People's Committee of Bình Dương province (UBND tỉnh Bình Dương), Decision No. 2451/QĐ-UBND of 20 Sep 2024; certificate No. 15/GCN-UBND.",
    )
  })
})
