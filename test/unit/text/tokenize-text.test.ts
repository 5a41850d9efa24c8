import { describe, expect, it } from 'vitest'
import { isMarked, tokenizeText, tokenizeWords } from '../../../src/text/tokenize-text'

describe('tokenizeText', () => {
  it('should split on anything that is not a letter or digit and fold each word', () => {
    expect(tokenizeText('Kẹo khóm (Tân Phước), 500g/hộp!')).toEqual(['keo', 'khom', 'tan', 'phuoc', '500g', 'hop'])
  })

  it('should keep letters of any script whole', () => {
    expect(tokenizeText('Trà 緑茶 chè')).toEqual(['tra', '緑茶', 'che'])
  })

  it('should split hyphenated and apostrophe names into words', () => {
    expect(tokenizeText("OCOP-4 H'Mông Bà Rịa–Vũng Tàu")).toEqual(['ocop', '4', 'h', 'mong', 'ba', 'ria', 'vung', 'tau'])
  })

  it('should give the same tokens for NFD and NFC input', () => {
    const text = 'Nước mắm Phú Quốc'
    expect(tokenizeText(text.normalize('NFD'))).toEqual(tokenizeText(text))
  })

  it('should return nothing for blank or punctuation-only text', () => {
    expect(tokenizeText('  — !! ')).toEqual([])
  })
})

describe('tokenizeWords', () => {
  it('should pair each folded word with its accent-exact form', () => {
    expect(tokenizeWords('dế mèn')).toEqual([
      { folded: 'de', marked: 'de61' },
      { folded: 'men', marked: 'me2n' },
    ])
  })

  it('should tell words typed with diacritics from words typed without', () => {
    const [typedWithMarks, typedWithout] = tokenizeWords('mật ong')
    expect(isMarked(typedWithMarks!)).toBe(true)
    expect(isMarked(typedWithout!)).toBe(false)
  })
})
