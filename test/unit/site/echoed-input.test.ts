/**
 * Whatever the address carries is echoed on the page (the search box, <title>, <h1>, filter
 * fields), so bidi overrides and other control characters are removed first: /tim-kiem?q=%E2%80%AE…
 * must not turn the page's title around (issue 9, finding 11).
 */
import { describe, expect, it } from 'vitest'
import { stateFromParams } from '../../../site/components/search-state'
import { parseAwardFilters } from '../../../site/lib/pages/awards'
import { parseBrandFilters } from '../../../site/lib/pages/brands'
import { parseProductFilters } from '../../../src/site/product-filters'
import { cleanLine } from '../../../src/text/clean-text'

const RLO = '\u202E'
const HOSTILE = `${RLO}gnp.exe\u2066x\u2069\u0000\u0007\u0085\u200F\uFEFF`
const params = (entries: Record<string, string>) => new URLSearchParams(entries)
// Bidi embeddings, overrides, isolates and marks; C0 and C1 controls; DEL; the BOM.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/

describe('input echoed from the address', () => {
  it('should lose bidi and control characters in the search query and its filters', () => {
    const state = stateFromParams(params({ q: `mật ong${HOSTILE}`, province: `Tây Ninh${RLO}` }))
    expect(state.q).toBe('mật onggnp.exex')
    expect(state.filters.province).toEqual(['Tây Ninh'])
  })

  it('should lose them in the product, award and brand filters', () => {
    expect(parseProductFilters(params({ group: `che${RLO}`, province: `Long An${HOSTILE}` }))).toMatchObject({ group: 'che', province: 'Long Angnp.exex' })
    const awards = parseAwardFilters(params({ province: `Bình Dương${RLO}`, number: `1234/QĐ${HOSTILE}` }))
    expect(awards.province).not.toMatch(CONTROLS)
    expect(awards.number).not.toMatch(CONTROLS)
    expect(parseBrandFilters(params({ province: `Huế${RLO}` })).provinceValue).toBe('Huế')
  })

  it('should be one helper shared with the enquiry form', () => {
    expect(cleanLine(`a${HOSTILE}\nb`)).toBe('agnp.exex b')
    expect(cleanLine(` ${RLO} `)).toBe('')
  })
})
