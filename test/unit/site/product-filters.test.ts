import { describe, expect, it } from 'vitest'
import { filtersQuery, hasFilters, parseProductFilters } from '../../../src/site/product-filters'
import { pageCount, pageLinks } from '../../../src/site/paging'

describe('product filters in the address', () => {
  it('should read every filter', () => {
    const f = parseProductFilters(new URLSearchParams('group=gom-su&province=binh-duong&level=national&year=2023&cert=ocop&fair=sial-paris&page=3'))
    expect(f).toEqual({ group: 'gom-su', province: 'binh-duong', level: 'national', year: 2023, cert: 'ocop', fair: 'sial-paris', page: 3 })
    expect(hasFilters(f)).toBe(true)
  })
  it('should drop unknown values instead of failing', () => {
    const f = parseProductFilters(new URLSearchParams('level=galactic&year=99&cert=x&page=-2'))
    expect(f).toEqual({ group: undefined, province: undefined, level: undefined, year: undefined, cert: undefined, fair: undefined, page: 1 })
    expect(hasFilters(f)).toBe(false)
  })
  it('should keep a former province name as typed', () => {
    expect(parseProductFilters(new URLSearchParams('province=B%C3%ACnh%20D%C6%B0%C6%A1ng')).province).toBe('Bình Dương')
  })
  it('should go back to page 1 when a filter changes and keep the others', () => {
    const f = parseProductFilters(new URLSearchParams('group=gom-su&province=hue&page=4'))
    expect(filtersQuery(f, { province: undefined })).toBe('?group=gom-su')
    expect(filtersQuery(f, { page: 5 })).toBe('?group=gom-su&province=hue&page=5')
    expect(filtersQuery({ page: 1 })).toBe('')
  })
  it('should keep the fair in links to other pages and drop it with its chip', () => {
    const f = parseProductFilters(new URLSearchParams('fair=hoi-cho-dac-san&level=national&page=2'))
    expect(filtersQuery(f, { page: 3 })).toBe('?level=national&fair=hoi-cho-dac-san&page=3')
    expect(filtersQuery(f, { fair: undefined })).toBe('?level=national')
  })
})

describe('paging', () => {
  it('should count pages, at least one', () => {
    expect(pageCount(0, 24)).toBe(1)
    expect(pageCount(49, 24)).toBe(3)
  })
  it('should show the first, the last and the pages around the current one', () => {
    const text = pageLinks(10, 20)
      .map((l) => ('gap' in l ? '…' : l.current ? `[${l.page}]` : String(l.page)))
      .join(' ')
    expect(text).toBe('1 … 9 [10] 11 … 20')
  })
  it('should fill a gap of one page with the page itself', () => {
    const text = pageLinks(3, 5)
      .map((l) => ('gap' in l ? '…' : String(l.page)))
      .join(' ')
    expect(text).toBe('1 2 3 4 5')
  })
  it('should show no links for a single page', () => {
    expect(pageLinks(1, 1)).toEqual([])
  })
})
