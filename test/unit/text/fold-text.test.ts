import { describe, expect, it } from 'vitest'
import { foldText } from '../../../src/text/fold-text'

describe('foldText', () => {
  it('should strip tone and vowel marks and lowercase, as buyers type', () => {
    expect(foldText('Mật ong rừng U Minh')).toBe('mat ong rung u minh')
    expect(foldText('Kẹo khóm Tân Phước')).toBe('keo khom tan phuoc')
    expect(foldText('Ưu đãi Ổn định Ắc quy')).toBe('uu dai on dinh ac quy')
  })

  it('should fold đ and Đ to d', () => {
    expect(foldText('Đắk Lắk')).toBe('dak lak')
    expect(foldText('đường')).toBe('duong')
  })

  it('should fold decomposed (NFD) and composed (NFC) input to the same string', () => {
    const words = ['Mật ong', 'Bình Dương', 'Thừa Thiên Huế', 'Đồng Tháp', 'nghiêng ngửa', 'dế mèn']
    for (const word of words) {
      expect(foldText(word.normalize('NFD'))).toBe(foldText(word.normalize('NFC')))
    }
  })

  it('should fold full-width letters typed on some phone keyboards', () => {
    expect(foldText('ＯＣＯＰ')).toBe('ocop')
  })
})
