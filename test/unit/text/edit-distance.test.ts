import { describe, expect, it } from 'vitest'
import { boundedEditDistance } from '../../../src/text/edit-distance'

describe('boundedEditDistance', () => {
  it('should count inserts, deletes and replacements', () => {
    expect(boundedEditDistance('mat ong', 'mat ong', 3)).toBe(0)
    expect(boundedEditDistance('keo dua', 'keo dau', 3)).toBe(2)
    expect(boundedEditDistance('stick', 'sticks', 3)).toBe(1)
    expect(boundedEditDistance('banh', 'bnh', 3)).toBe(1)
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3)
  })

  it('should count a swapped neighbouring pair as one edit only when asked', () => {
    expect(boundedEditDistance('stikc', 'stick', 3)).toBe(2)
    expect(boundedEditDistance('stikc', 'stick', 3, { transpositions: true })).toBe(1)
    expect(boundedEditDistance('trnag', 'trang', 1, { transpositions: true })).toBe(1)
    expect(boundedEditDistance('ab', 'ba', 2, { transpositions: true })).toBe(1)
  })

  it('should stop at limit + 1 once the distance is sure to exceed the limit', () => {
    expect(boundedEditDistance('honey', 'coffee', 1)).toBe(2)
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3)
    expect(boundedEditDistance('kitten', 'sitting', 2, { transpositions: true })).toBe(3)
    expect(boundedEditDistance('', '', 0)).toBe(0)
  })
})
