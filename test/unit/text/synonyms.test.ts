import { describe, expect, it } from 'vitest'
import { buildSynonymTable, expandSynonyms } from '../../../src/text/synonyms'
import { tokenizeWords } from '../../../src/text/tokenize-text'
import { DEFAULT_SYNONYM_GROUPS } from '../../../src/search/settings/default-synonyms'

const table = buildSynonymTable([
  ['khóm', 'dứa', 'thơm', 'pineapple'],
  ['chè', 'trà', 'tea'],
  ['mật ong', 'honey'],
])
const expand = (q: string) => expandSynonyms(tokenizeWords(q), table)

describe('expandSynonyms', () => {
  it('should offer every regional name for pineapple, folded', () => {
    const [term] = expand('khom')
    expect(term!.tokens).toEqual(['khom'])
    expect(term!.alternatives).toEqual([['dua'], ['thom'], ['pineapple']])
  })

  it('should read a multi-word synonym as one term', () => {
    expect(expand('mật ong rừng')).toEqual([
      { tokens: ['mat', 'ong'], alternatives: [['honey']] },
      { tokens: ['rung'], alternatives: [] },
    ])
    // The Vietnamese synonym keeps its marks ("ma65t": "mật"), to be matched with them.
    expect(expand('wild honey')[1]).toEqual({ tokens: ['honey'], alternatives: [['mat', 'ong']], alternativeMarks: [['ma65t', 'ong']] })
  })

  it('should not give tea to a buyer who typed "chế biến" (processing), but should for "che" typed bare', () => {
    expect(expand('chế biến')[0]!.alternatives).toEqual([])
    expect(expand('chè xanh')[0]!.alternatives).toEqual([['tra'], ['tea']])
    expect(expand('che xanh')[0]!.alternatives).toEqual([['tra'], ['tea']])
  })

  it('should use the groups it is given, so staff edits take effect', () => {
    const custom = buildSynonymTable([['nước mắm', 'fish sauce']])
    expect(expandSynonyms(tokenizeWords('nuoc mam'), custom)[0]!.alternatives).toEqual([['fish', 'sauce']])
    expect(expandSynonyms(tokenizeWords('khom'), custom)[0]!.alternatives).toEqual([])
  })

  it('should ship default groups that cover pineapple, tea and honey', () => {
    const defaults = buildSynonymTable(DEFAULT_SYNONYM_GROUPS)
    for (const [q, expected] of [
      ['dua', 'khom'],
      ['tra', 'che'],
      ['honey', 'mat ong'],
    ] as const) {
      const alternatives = expandSynonyms(tokenizeWords(q), defaults)[0]!.alternatives.map((alt) => alt.join(' '))
      expect(alternatives, q).toContain(expected)
    }
  })

  it('should ship at least 150 default groups, each of 2 to 20 words as the admin allows, no phrase twice in one group', () => {
    expect(DEFAULT_SYNONYM_GROUPS.length).toBeGreaterThanOrEqual(150)
    for (const group of DEFAULT_SYNONYM_GROUPS) {
      expect(group.length, group.join(', ')).toBeGreaterThanOrEqual(2)
      expect(group.length, group.join(', ')).toBeLessThanOrEqual(20)
      // Two spellings of one word may share a group (đĩa, and the southern dĩa); one spelling twice may not.
      expect(new Set(group).size, group.join(', ')).toBe(group.length)
    }
  })

  it("should let a buyer from either region find the other region's word", () => {
    const defaults = buildSynonymTable(DEFAULT_SYNONYM_GROUPS)
    for (const [typed, other] of [
      ['vừng', 'me'],
      ['mè', 'vung'],
      ['lạc', 'dau phong'],
      ['đậu phộng', 'lac'],
      ['chén', 'bat'],
      ['ly', 'coc'],
      ['heo', 'lon'],
      ['bắp', 'ngo'],
      ['máy sấy thóc', 'may say lua'],
      ['thảm lác', 'tham coi'],
      ['bún tàu', 'mien'],
      ['nhãn nhục', 'long nhan'],
      ['đào lộn hột', 'hat dieu'],
      ['chiếu lác', 'chieu coi'],
      ['earthenware', 'dat nung'],
      ['handcrafted', 'handmade'],
      ['peanut brittle', 'keo lac'],
    ] as const) {
      const alternatives = expandSynonyms(tokenizeWords(typed), defaults)[0]!.alternatives.map((alt) => alt.join(' '))
      expect(alternatives, typed).toContain(other)
    }
  })

  it('should not turn words with another meaning alone into a synonym (đào is not a knife, đầu is not a bean, bình is not only a vase)', () => {
    const defaults = buildSynonymTable(DEFAULT_SYNONYM_GROUPS)
    for (const typed of ['đào', 'đầu', 'tiêu', 'bình']) expect(expandSynonyms(tokenizeWords(typed), defaults)[0]!.alternatives, typed).toEqual([])
  })

  it('should not give one folded word to two groups, so a buyer who typed dứa (pineapple) gets no coconut and dế no goat', () => {
    const owners = new Map<string, { group: number; phrase: string }[]>()
    for (const [group, phrases] of DEFAULT_SYNONYM_GROUPS.entries()) {
      for (const phrase of phrases) {
        const folded = tokenizeWords(phrase)
          .map((word) => word.folded)
          .join(' ')
        owners.set(folded, [...(owners.get(folded) ?? []), { group, phrase }])
      }
    }
    // Two spellings of one word in one group are meant (đĩa, dĩa), and so is the same English phrase
    // for two Vietnamese things (shrimp paste: mắm ruốc, mắm tôm); words spelt apart in two groups are not.
    const clashes = [...owners]
      .filter(([, uses]) => new Set(uses.map((use) => use.phrase)).size > 1 && new Set(uses.map((use) => use.group)).size > 1)
      .map(([folded, uses]) => `${folded}: ${uses.map((use) => use.phrase).join(', ')}`)
    expect(clashes).toEqual([])
  })
})

describe('synonym phrases in the other number', () => {
  it('should let "cashew nut" find the group that lists "cashew nuts"', () => {
    const table = buildSynonymTable([['hạt điều', 'cashew nuts']])
    const [term] = expandSynonyms(tokenizeWords('cashew nut'), table)
    expect(term!.tokens).toEqual(['cashew', 'nut'])
    expect(term!.alternatives).toContainEqual(['cashew', 'nuts'])
    expect(term!.alternatives).toContainEqual(['hat', 'dieu'])
  })

  it('should not give Vietnamese phrases made-up plurals, nor override a phrase a group lists', () => {
    const table = buildSynonymTable([
      ['mật ong', 'honey'],
      ['honeys', 'mead'],
    ])
    expect(table.byPhrase.has('mat ongs')).toBe(false)
    expect(table.byPhrase.get('honeys')!.map((entry) => entry.tokens.join(' '))).toEqual(['mead'])
  })
})
