import { describe, expect, it } from 'vitest'
import { englishWordForms } from '../../../src/text/english-word-forms'

describe('englishWordForms', () => {
  it('should give the singular of a regular plural', () => {
    expect(englishWordForms('beans')).toContain('bean')
    expect(englishWordForms('candies')).toContain('candy')
    expect(englishWordForms('boxes')).toContain('box')
    expect(englishWordForms('dishes')).toContain('dish')
    expect(englishWordForms('sticks')).toContain('stick')
  })

  it('should give the plural of a singular', () => {
    expect(englishWordForms('bean')).toEqual(['beans'])
    expect(englishWordForms('candy')).toEqual(['candies'])
    expect(englishWordForms('box')).toEqual(['boxes'])
    expect(englishWordForms('glass')).toEqual(['glasses'])
    expect(englishWordForms('tray')).toEqual(['trays'])
  })

  it('should read "-ves" as "-f" or "-fe", both ways', () => {
    expect(englishWordForms('knives')).toContain('knife')
    expect(englishWordForms('leaves')).toContain('leaf')
    expect(englishWordForms('knife')).toContain('knives')
    expect(englishWordForms('shelf')).toContain('shelves')
    expect(englishWordForms('cliff')).not.toContain('clives')
  })

  it('should leave alone words that are not plurals, short words and non-letters', () => {
    expect(englishWordForms('hibiscus')).toEqual([])
    expect(englishWordForms('glass')).not.toContain('glas')
    expect(englishWordForms('an')).toEqual([])
    expect(englishWordForms('ocop4')).toEqual([])
    expect(englishWordForms('bean')).not.toContain('bean')
  })
})
