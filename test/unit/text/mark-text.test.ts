import { describe, expect, it } from 'vitest'
import { foldText } from '../../../src/text/fold-text'
import { markText, markToken } from '../../../src/text/mark-text'

describe('markToken', () => {
  it('should write diacritics as VNI digits after the letter they sit on', () => {
    expect(markToken('dế')).toBe('de61')
    expect(markToken('dê')).toBe('de6')
    expect(markToken('mật')).toBe('ma65t')
    expect(markToken('đường')).toBe('d9u7o72ng')
    expect(markToken('Ắc')).toBe('a81c')
  })

  it('should give NFD and NFC spellings the same marked form', () => {
    for (const word of ['mật', 'người', 'Đặng', 'khuỷu', 'ặ']) {
      expect(markToken(word.normalize('NFD'))).toBe(markToken(word.normalize('NFC')))
    }
  })

  it('should keep the six tones of a syllable apart, where folding merges them', () => {
    const tones = ['ma', 'má', 'mà', 'mả', 'mã', 'mạ']
    expect(new Set(tones.map(foldText)).size).toBe(1)
    expect(new Set(tones.map(markToken)).size).toBe(6)
  })

  it('should keep vowel shapes apart: a, ă, â and o, ô, ơ and u, ư', () => {
    const shapes = ['an', 'ăn', 'ân', 'on', 'ôn', 'ơn', 'un', 'ưn']
    expect(new Set(shapes.map(markToken)).size).toBe(shapes.length)
  })

  it('should leave words without diacritics as their folded form', () => {
    expect(markToken('Honey')).toBe('honey')
  })
})

describe('markText', () => {
  it('should mark every word of a text in order', () => {
    expect(markText('Dế mèn sấy giòn')).toEqual(['de61', 'me2n', 'sa61y', 'gio2n'])
  })
})
