/**
 * The search page's state in the URL, its chips and its hits: the helpers the server page and the
 * search island share (site/components/search-state.ts).
 */
import { describe, expect, it } from 'vitest'
import {
  chipGroups,
  EMPTY_STATE,
  hrefFor,
  isActive,
  pageCount,
  problemOf,
  stateFromParams,
  stateToParams,
  toggleFilter,
  toPageHit,
  toPageHits,
} from '../../../site/components/search-state'

describe('stateFromParams / stateToParams', () => {
  it('should read q, repeated filters, sort and page, and write them back without defaults', () => {
    const state = stateFromParams(
      new URLSearchParams('q=mat+ong&kind=product&province=H%C3%A0+N%E1%BB%99i&province=Hu%E1%BA%BF&sort=newestAward&page=3&utm_source=x'),
    )
    expect(state).toEqual({ q: 'mat ong', filters: { kind: ['product'], province: ['Hà Nội', 'Huế'] }, sort: 'newestAward', page: 3 })
    expect(stateToParams(state).toString()).toBe('q=mat+ong&kind=product&province=H%C3%A0+N%E1%BB%99i&province=Hu%E1%BA%BF&sort=newestAward&page=3')
    expect(stateToParams({ ...state, sort: 'relevance', page: 1, filters: {} }).toString()).toBe('q=mat+ong')
  })

  it('should read an unknown sort as relevance, a bad page as 1, and drop empty and repeated filter values', () => {
    expect(stateFromParams(new URLSearchParams('sort=price&page=-2&kind=&kind=fair&kind=fair'))).toEqual({
      q: '',
      filters: { kind: ['fair'] },
      sort: 'relevance',
      page: 1,
    })
    expect(stateFromParams(new URLSearchParams('page=1.5')).page).toBe(1)
  })

  it('should keep an over-long query as given, for the port to refuse with a message', () => {
    const long = 'a'.repeat(500)
    expect(stateFromParams(new URLSearchParams({ q: long })).q).toBe(long)
  })

  it('should know when there is something to search for', () => {
    expect(isActive(EMPTY_STATE)).toBe(false)
    expect(isActive({ ...EMPTY_STATE, q: '   ' })).toBe(false)
    expect(isActive({ ...EMPTY_STATE, q: 'mật ong' })).toBe(true)
    expect(isActive({ ...EMPTY_STATE, filters: { awardLevel: ['national'] } })).toBe(true)
  })
})

describe('toggleFilter and hrefFor', () => {
  it('should switch a value on and off and go back to page 1', () => {
    const base = { ...EMPTY_STATE, q: 'mật ong', page: 4 }
    const on = toggleFilter(base, 'province', 'Huế')
    expect(on).toEqual({ ...base, filters: { province: ['Huế'] }, page: 1 })
    expect(toggleFilter(on, 'province', 'Đà Nẵng').filters.province).toEqual(['Huế', 'Đà Nẵng'])
    expect(toggleFilter(on, 'province', 'Huế').filters).toEqual({})
  })

  it('should build the page address, or the bare path for an empty state', () => {
    expect(hrefFor('/tim-kiem', EMPTY_STATE)).toBe('/tim-kiem')
    expect(hrefFor('/en/search', { ...EMPTY_STATE, q: 'honey', filters: { awardYear: ['2024'] } })).toBe('/en/search?q=honey&awardYear=2024')
  })
})

describe('chipGroups', () => {
  const state = { ...EMPTY_STATE, q: 'mat ong' }
  const facets = {
    kind: { product: 5, producer: 2 },
    province: { 'Hà Nội': 1, 'Thành phố Hồ Chí Minh': 4, Huế: 0 },
    awardYear: { '2021': 3, '2024': 1, '2023': 2 },
    certification: { OCOP: 5 },
  }

  it('should list values most frequent first, years newest first, each a link that toggles it', () => {
    const groups = chipGroups(facets, state, '/tim-kiem')
    expect(groups.map((g) => g.key)).toEqual(['kind', 'province', 'awardYear'])
    expect(groups[1]!.chips.map((c) => c.value)).toEqual(['Thành phố Hồ Chí Minh', 'Hà Nội'])
    expect(groups[2]!.chips.map((c) => c.value)).toEqual(['2024', '2023', '2021'])
    expect(groups[0]!.chips[0]).toEqual({ key: 'kind', value: 'product', count: 5, selected: false, href: '/tim-kiem?q=mat+ong&kind=product' })
  })

  it('should leave out a filter with one value that narrows nothing, unless it is chosen', () => {
    expect(chipGroups(facets, state, '/tim-kiem').some((g) => g.key === 'certification')).toBe(false)
    const chosen = toggleFilter(state, 'certification', 'OCOP')
    const group = chipGroups(facets, chosen, '/tim-kiem').find((g) => g.key === 'certification')!
    expect(group.chips).toEqual([{ key: 'certification', value: 'OCOP', count: 5, selected: true, href: '/tim-kiem?q=mat+ong' }])
  })

  it('should keep a chosen value that has no hits left, so it can be switched off', () => {
    const chosen = toggleFilter(state, 'province', 'Cà Mau')
    const group = chipGroups(facets, chosen, '/tim-kiem').find((g) => g.key === 'province')!
    expect(group.chips.at(-1)).toMatchObject({ value: 'Cà Mau', count: 0, selected: true })
  })

  it('should cap the values shown per filter', () => {
    const many = { productGroup: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`Nhóm ${i}`, i + 1])) }
    expect(chipGroups(many, state, '/tim-kiem', 5)[0]!.chips.map((c) => c.count)).toEqual([20, 19, 18, 17, 16])
  })
})

describe('toPageHit', () => {
  it('should show a thumbnail served by the site and drop one pointing anywhere else', () => {
    const hit = { kind: 'product', id: 'product-1-vi', url: '/san-pham/a', title: 'A' }
    expect(toPageHit({ ...hit, thumbnail: '/media/a-128x128.webp' })?.thumbnail).toBe('/media/a-128x128.webp')
    expect(toPageHit({ ...hit, thumbnail: 'https://tracker.example/pixel.gif' })?.thumbnail).toBeUndefined()
    expect(toPageHit({ ...hit, thumbnail: 'javascript:alert(1)' })?.thumbnail).toBeUndefined()
  })

  it('should keep what the page shows of an engine hit and drop the rest', () => {
    const hit = {
      kind: 'product',
      id: 'product-12-vi',
      sourceId: '12',
      slug: 'mat-ong',
      url: '/san-pham/mat-ong',
      title: 'Mật ong',
      snippet: 'Mật ong hoa cao su',
      score: 3.2,
      province: 'Huế',
      newestAwardYear: 2024,
    }
    expect(toPageHit(hit)).toEqual({
      kind: 'product',
      id: 'product-12-vi',
      url: '/san-pham/mat-ong',
      title: 'Mật ong',
      snippet: 'Mật ong hoa cao su',
      province: 'Huế',
      newestAwardYear: 2024,
    })
  })

  it('should give a database hit (no search id) an id from its kind and source id', () => {
    expect(toPageHit({ kind: 'fair', sourceId: '7', url: '/hoi-cho/x', title: 'X', snippet: '', date: '2026-03-01' })).toEqual({
      kind: 'fair',
      id: 'fair-7',
      url: '/hoi-cho/x',
      title: 'X',
      snippet: '',
      date: '2026-03-01',
    })
  })

  it('should drop hits of kinds the page does not show (enquiries never reach it)', () => {
    expect(
      toPageHits([
        { kind: 'enquiry', id: 'enquiry-1', url: '/x', title: 'secret' },
        { kind: 'producer', id: 'producer-1-vi', url: '/thuong-hieu/a', title: 'A' },
      ]).map((h) => h.kind),
    ).toEqual(['producer'])
  })
})

describe('pageCount and problemOf', () => {
  it('should count pages, at least one and never past the engines’ 10,000 hits', () => {
    expect(pageCount(0)).toBe(1)
    expect(pageCount(41)).toBe(3)
    expect(pageCount(1_000_000)).toBe(500)
  })

  it('should tell an over-long query from other problems', () => {
    expect(problemOf([{ field: 'q', message: 'must be at most 200 characters' }])).toBe('tooLong')
    expect(problemOf([{ field: 'q', message: 'contains control characters' }])).toBe('invalid')
    expect(problemOf([{ field: 'page', message: 'goes past the first 10000 hits; narrow the search instead' }])).toBe('invalid')
  })
})
