import { describe, expect, it } from 'vitest'
import { prepareQuery } from '../../../src/search/prepare-query'
import { buildSynonymTable } from '../../../src/text/synonyms'

describe('prepareQuery word forms', () => {
  const catalogue = new Set(['bean', 'jar', 'candy'])
  const wordForms = (token: string) => (token === 'beans' ? ['bean'] : token === 'jars' ? ['jar'] : []).filter((form) => catalogue.has(form))

  it('should let a word match the other forms the catalogue holds, like a synonym', () => {
    const prepared = prepareQuery('coffee beans', buildSynonymTable([]), { wordForms })
    expect(prepared.tokens).toEqual(['coffee', 'beans'])
    expect(prepared.terms).toEqual([
      { tokens: ['coffee'], alternatives: [] },
      { tokens: ['beans'], alternatives: [['bean']] },
    ])
  })

  it('should keep the synonyms and not repeat a form a synonym already gives', () => {
    const synonyms = buildSynonymTable([['jars', 'jar', 'hũ']])
    const [term] = prepareQuery('jars', synonyms, { wordForms }).terms
    expect(term!.alternatives.filter((alternative) => alternative.join(' ') === 'jar')).toHaveLength(1)
    expect(term!.alternatives).toContainEqual(['hu'])
  })

  it('should add nothing without a word-forms reader', () => {
    expect(prepareQuery('coffee beans', buildSynonymTable([])).terms[1]).toEqual({ tokens: ['beans'], alternatives: [] })
  })
})
