import { describe, expect, it } from 'vitest'
import { decodeKeyboard } from '../../../src/text/decode-keyboard'

describe('decodeKeyboard', () => {
  it('should read Telex typed with the Vietnamese keyboard off as the words it stands for', () => {
    expect(decodeKeyboard('maatj ong')).toBe('mật ong')
    expect(decodeKeyboard('nuwowcs mawms')).toBe('nước mắm')
    expect(decodeKeyboard('dduwowngf')).toBe('đường')
    expect(decodeKeyboard('nguoiwf')).toBe('người')
    expect(decodeKeyboard('hoaf')).toBe('hòa')
  })

  it('should read VNI digits as marks', () => {
    expect(decodeKeyboard('ca2 phe6')).toBe('cà phê')
    expect(decodeKeyboard('d9u7o72ng')).toBe('đường')
  })

  it('should keep a capital the buyer typed', () => {
    expect(decodeKeyboard('Maatj ong')).toBe('Mật ong')
  })

  it('should leave words with no Vietnamese reading as typed, and say so when nothing changes', () => {
    expect(decodeKeyboard('honey')).toBeNull()
    expect(decodeKeyboard('coffee')).toBeNull()
    expect(decodeKeyboard('mat ong')).toBeNull()
    expect(decodeKeyboard('ceramic vase')).toBeNull()
    expect(decodeKeyboard('gach tuynel 2 lo')).toBeNull()
    expect(decodeKeyboard('maatj honey')).toBe('mật honey')
  })

  it('should refuse a tone on a syllable that cannot carry it', () => {
    // A syllable ending in t takes only sắc or nặng: "matf" is not Telex.
    expect(decodeKeyboard('matf')).toBeNull()
  })
})
