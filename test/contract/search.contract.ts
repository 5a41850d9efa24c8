import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SearchQueryError } from '../../src/search/errors'
import { mapEnquiry, mapFair, mapProducer, mapProduct } from '../../src/search/mappers/index'
import type { SearchDocument, SearchPort, SearchQuery, SearchResult } from '../../src/search/types'
import { enquiries, fairs, producers, products } from './fixtures/search-fixtures'

const NOW = new Date('2026-11-22T00:00:00Z')

export function fixtureDocuments(): SearchDocument[] {
  return [
    ...products.flatMap((p) => mapProduct(p, { now: NOW })),
    ...producers.flatMap((p) => mapProducer(p, { now: NOW })),
    ...fairs.flatMap((f) => mapFair(f, { now: NOW })),
    ...enquiries.flatMap((e) => mapEnquiry(e, { now: NOW })),
  ]
}

const ids = (result: SearchResult) => result.hits.map((hit) => hit.id)
const sources = (result: SearchResult) => result.hits.map((hit) => `${hit.kind}:${hit.sourceId}`)

export interface SearchContractOptions {
  /** Create a fresh, empty port. */
  readonly create: () => Promise<SearchPort>
  /** Tidy up after the suite (drop test indexes). */
  readonly dispose?: (port: SearchPort) => Promise<void>
}

/**
 * The behaviour every search adapter must show, run against each of them. Cases are written as a
 * buyer (or a producer reading enquiries) would notice them.
 */
export function describeSearchContract(options: SearchContractOptions): void {
  let search: SearchPort
  const find = (q: string, extra: Partial<SearchQuery> = {}) => search.search({ q, locale: 'vi', ...extra })

  beforeAll(async () => {
    search = await options.create()
    await search.applySettings()
    await search.clear()
    await search.upsert(fixtureDocuments())
  })

  afterAll(async () => {
    if (search && options.dispose) await options.dispose(search)
  })

  describe('matching Vietnamese as buyers type it', () => {
    it('should find "Mật ong" when the buyer types "mat ong" without diacritics', async () => {
      const result = await find('mat ong')
      expect(sources(result)).toContain('product:p1')
    })

    it('should find "Kẹo khóm" for "keo khom"', async () => {
      const result = await find('keo khom')
      expect(sources(result)[0]).toBe('product:p2')
    })

    it('should treat khóm, dứa and thơm as the same fruit', async () => {
      for (const q of ['kẹo dứa', 'keo thom', 'kẹo khóm']) {
        expect(sources(await find(q)), q).toContain('product:p2')
      }
    })

    it('should find a producer now in Thành phố Hồ Chí Minh when searching its former province "Bình Dương"', async () => {
      const result = await find('Bình Dương')
      expect(sources(result)).toContain('producer:pr3')
      expect(result.hits.find((hit) => hit.sourceId === 'pr3')?.province).toBe('Thành phố Hồ Chí Minh')
    })

    it('should find English names for "honey" on the English site, and on the Vietnamese one', async () => {
      const english = await search.search({ q: 'honey', locale: 'en' })
      expect(english.hits.map((hit) => hit.title)).toContain('U Minh wild forest honey')
      expect(sources(await find('honey'))).toContain('product:p1')
    })

    it('should answer a decomposed (NFD) query exactly like the composed one', async () => {
      const composed = await find('Mật ong')
      const decomposed = await find('Mật ong'.normalize('NFD'))
      expect(ids(decomposed)).toEqual(ids(composed))
      expect(decomposed.totalHits).toBeGreaterThan(0)
    })

    it('should rank "dế" (cricket) above "dê" (goat) when the buyer types "dế", and the other way round', async () => {
      expect(sources(await find('dế'))[0]).toBe('product:p3')
      expect(sources(await find('dê'))[0]).toBe('product:p4')
      expect(sources(await find('de'))).toEqual(expect.arrayContaining(['product:p3', 'product:p4']))
    })

    it('should rank a document with "mật ong" side by side above one with "mật" and "ong" apart', async () => {
      const found = sources(await find('mật ong'))
      expect(found).toContain('product:p5')
      expect(found.indexOf('product:p1')).toBeLessThan(found.indexOf('product:p5'))
    })

    it('should match the last word as a prefix while the buyer is still typing', async () => {
      expect(sources(await find('mat o'))).toContain('product:p1')
      expect(sources(await find('kẹo kh'))).toContain('product:p2')
    })

    it('should forgive a typo in a long word, on the English site and the Vietnamese one (which holds the English names too)', async () => {
      expect(sources(await search.search({ q: 'pinaepple', locale: 'en' }))).toContain('product:p2')
      expect(sources(await find('pinaepple'))).toContain('product:p2')
    })

    it('should never show drafts', async () => {
      expect((await find('bản nháp')).totalHits).toBe(0)
      expect((await search.search({ q: 'draft', locale: 'en' })).totalHits).toBe(0)
    })
  })

  describe('facets, filters, sorting and paging', () => {
    it('should count facet values over all matches', async () => {
      const result = await find('', { facets: ['kind', 'awardLevel', 'productGroup', 'province'] })
      expect(result.facets.kind).toEqual({ product: 7, producer: 4, fair: 2 })
      expect(result.facets.awardLevel).toMatchObject({ national: 3, regional: 1, provincial: 2 })
      expect(result.facets.productGroup).toEqual({ 'Chế biến nông, lâm, thủy sản và thực phẩm': 5, 'Thủ công mỹ nghệ': 2 })
      // The producer, and its product that takes the producer's province.
      expect(result.facets.province?.['Thành phố Hồ Chí Minh']).toBe(2)
      expect(result.totalHits).toBe(13)
    })

    it('should narrow facet counts to the words searched', async () => {
      const result = await find('mat ong', { facets: ['kind'] })
      expect(result.facets.kind?.product).toBeGreaterThanOrEqual(2)
      expect(result.facets.kind?.fair).toBeUndefined()
    })

    it('should filter by kind, award level, award year and product group', async () => {
      const onlyProducers = await find('', { filters: { kind: ['producer'] } })
      expect(onlyProducers.hits.every((hit) => hit.kind === 'producer')).toBe(true)
      expect(onlyProducers.totalHits).toBe(4)

      const national = await find('', { filters: { awardLevel: ['national'] } })
      expect(sources(national).sort()).toEqual(['product:p1', 'product:p6', 'product:p8'])

      const year = await find('', { filters: { awardYear: [2023, 2022] } })
      expect(sources(year).sort()).toEqual(['product:p1', 'product:p2'])

      const crafts = await find('', { filters: { productGroup: ['thu cong my nghe'] } })
      expect(sources(crafts).sort()).toEqual(['product:p5', 'product:p6'])
    })

    it('should filter by a former province name as well as the current one', async () => {
      const former = await find('', { filters: { province: ['Bình Dương'] } })
      const current = await find('', { filters: { province: ['Thành phố Hồ Chí Minh'] } })
      expect(sources(former)).toContain('producer:pr3')
      expect(sources(former).sort()).toEqual(sources(current).sort())
    })

    it('should offer only valid certifications: an expired OCOP star does not count', async () => {
      expect(sources(await find('', { filters: { certification: ['OCOP-4'] } }))).toEqual(['product:p1'])
      expect((await find('', { filters: { certification: ['ocop-5'] } })).totalHits).toBe(0)
    })

    it('should sort by name', async () => {
      const result = await find('', { filters: { kind: ['product'] }, sort: 'name', hitsPerPage: 50 })
      const titles = result.hits.map((hit) => hit.title)
      expect(titles[0]).toBe('Dế mèn sấy giòn')
      expect(titles.at(-1)).toBe('Thịt dê núi Ninh Bình')
    })

    it('should sort by newest award, unawarded products last', async () => {
      const result = await find('', { filters: { kind: ['product'] }, sort: 'newestAward', hitsPerPage: 50 })
      const years = result.hits.map((hit) => hit.newestAwardYear)
      expect(years.slice(0, 5)).toEqual([2024, 2023, 2022, 2021, 2019])
      expect(years.slice(5)).toEqual([undefined, undefined])
    })

    it('should page through hits without repeats', async () => {
      const first = await find('', { sort: 'name', hitsPerPage: 5, page: 1 })
      const second = await find('', { sort: 'name', hitsPerPage: 5, page: 2 })
      const third = await find('', { sort: 'name', hitsPerPage: 5, page: 3 })
      const beyond = await find('', { sort: 'name', hitsPerPage: 5, page: 4 })
      expect(first.hits).toHaveLength(5)
      expect(third.hits).toHaveLength(3)
      expect(beyond.hits).toHaveLength(0)
      expect(new Set([...ids(first), ...ids(second), ...ids(third)]).size).toBe(13)
      expect(second.totalHits).toBe(13)
    })

    it('should refuse an invalid query with a query error', async () => {
      await expect(find('x'.repeat(201))).rejects.toBeInstanceOf(SearchQueryError)
      await expect(find('mat ong', { hitsPerPage: 1000 })).rejects.toBeInstanceOf(SearchQueryError)
    })
  })

  describe('keeping the index in step with the CMS', () => {
    it('should forget a removed document', async () => {
      const [doc] = mapProduct({ id: 'tmp1', slug: 'banh-pia', name: 'Bánh pía Sóc Trăng', _status: 'published' }, { locales: ['vi'], now: NOW })
      await search.upsert([doc!])
      expect(sources(await find('banh pia'))).toContain('product:tmp1')
      await search.remove([doc!.id])
      expect((await find('banh pia')).totalHits).toBe(0)
    })

    it('should list every document id it holds, public and private', async () => {
      const held = new Set(await search.listDocumentIds())
      for (const doc of fixtureDocuments()) expect(held.has(doc.id), doc.id).toBe(true)
      expect(held.size).toBe(new Set(fixtureDocuments().map((doc) => doc.id)).size)
    })

    it('should replace a document on upsert, so its old name no longer finds it', async () => {
      const before = mapProduct({ id: 'tmp2', slug: 'tmp', name: 'Chiếu cói Kim Sơn', _status: 'published' }, { locales: ['vi'], now: NOW })
      const after = mapProduct({ id: 'tmp2', slug: 'tmp', name: 'Nón lá Huế', _status: 'published' }, { locales: ['vi'], now: NOW })
      await search.upsert(before)
      await search.upsert(after)
      expect((await find('chieu coi')).totalHits).toBe(0)
      const renamed = await find('non la')
      expect(renamed.hits.filter((hit) => hit.sourceId === 'tmp2')).toHaveLength(1)
      await search.remove(after.map((doc) => doc.id))
    })
  })

  describe('enquiries', () => {
    it('should show a producer only its own enquiries', async () => {
      const a = await search.searchEnquiries({ q: '', locale: 'vi', scope: { producerId: 'pr1' } })
      const b = await search.searchEnquiries({ q: '', locale: 'vi', scope: { producerId: 'pr2' } })
      expect(sources(a).sort()).toEqual(['enquiry:e1', 'enquiry:e3'])
      expect(sources(b)).toEqual(['enquiry:e2'])
      // Producer B's words do not reach producer A, even when they search for them.
      expect((await search.searchEnquiries({ q: 'Tokyo Trading', locale: 'vi', scope: { producerId: 'pr1' } })).totalHits).toBe(0)
    })

    it('should show staff every enquiry, newest first, with status counts', async () => {
      const all = await search.searchEnquiries({ q: '', locale: 'vi', scope: { staff: true }, facets: ['status'] })
      expect(sources(all)).toEqual(['enquiry:e4', 'enquiry:e3', 'enquiry:e2', 'enquiry:e1'])
      expect(all.facets.status).toEqual({ new: 2, forwarded: 1, answered: 1 })
      expect(sources(await search.searchEnquiries({ q: 'hoi gia', locale: 'vi', scope: { staff: true } }))).toEqual(['enquiry:e3'])
      // Synonyms apply to enquiries too: "mật ong" also finds the English "honey".
      const honey = await search.searchEnquiries({ q: 'mật ong', locale: 'vi', scope: { staff: true } })
      expect(sources(honey).sort()).toEqual(['enquiry:e1', 'enquiry:e2', 'enquiry:e3', 'enquiry:e4'])
    })

    it('should show staff limited to provinces only the enquiries of those provinces', async () => {
      const camau = await search.searchEnquiries({ q: '', locale: 'vi', scope: { staff: true, provinceIds: ['pv-camau'] } })
      expect(sources(camau).sort()).toEqual(['enquiry:e1', 'enquiry:e3'])
      const both = await search.searchEnquiries({ q: 'honey', locale: 'vi', scope: { staff: true, provinceIds: ['pv-camau', 'pv-hcm'] } })
      expect(sources(both).sort()).toEqual(['enquiry:e1', 'enquiry:e2', 'enquiry:e3'])
      // An empty list is refused, never read as "every province".
      await expect(search.searchEnquiries({ q: '', locale: 'vi', scope: { staff: true, provinceIds: [] } })).rejects.toBeInstanceOf(SearchQueryError)
    })

    it('should refuse an enquiry search without a scope', async () => {
      await expect(search.searchEnquiries({ q: '', locale: 'vi', scope: { producerId: '' } })).rejects.toBeInstanceOf(SearchQueryError)
      await expect(search.searchEnquiries({ q: '', locale: 'vi' } as never)).rejects.toBeInstanceOf(SearchQueryError)
    })

    it('should never return enquiries from the public search', async () => {
      // The buyer's name and the enquiry's words may still match a public item once words can be
      // left out ("Saigon" is a place); what must never come back is the enquiry itself.
      expect((await find('Saigon Foods')).hits.some((hit) => hit.kind === 'enquiry')).toBe(false)
      expect((await search.search({ q: 'containers', locale: 'en' })).hits.some((hit) => hit.kind === 'enquiry')).toBe(false)
      expect((await find('mat ong')).hits.some((hit) => hit.kind === 'enquiry')).toBe(false)
    })
  })
}
