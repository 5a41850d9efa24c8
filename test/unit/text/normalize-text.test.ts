import { describe, expect, it } from 'vitest'
import { normalizeText } from '../../../src/text/normalize-text'

describe('normalizeText', () => {
  it('should compose decomposed Vietnamese into NFC', () => {
    const decomposed = 'Mật ong'.normalize('NFD')
    expect(normalizeText(decomposed)).toBe('Mật ong'.normalize('NFC'))
    expect(normalizeText(decomposed).length).toBeLessThan(decomposed.length)
  })

  it('should collapse runs of whitespace, including non-breaking spaces, and trim', () => {
    expect(normalizeText('  mật\u00A0\u00A0ong \t rừng  ')).toBe('mật ong rừng')
  })

  it('should turn control characters into separators and drop invisible format characters', () => {
    expect(normalizeText('mật\u0000ong')).toBe('mật ong')
    expect(normalizeText('mật\nong')).toBe('mật ong')
    expect(normalizeText('k\u200Be\u00ADo')).toBe('keo')
  })

  it('should leave already normal text unchanged', () => {
    expect(normalizeText(normalizeText(' Kẹo  khóm '))).toBe('Kẹo khóm')
  })
})
