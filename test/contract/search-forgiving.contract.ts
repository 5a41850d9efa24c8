import { beforeAll, afterAll, describe, expect, it } from 'vitest'
import type { SearchPort, SearchQuery, SearchResult } from '../../src/search/types'
import { fixtureDocuments } from './search.contract'
import type { SearchContractOptions } from './search.contract'
import { temptingDocuments } from './search-forgiving-fixtures'

const sources = (result: SearchResult) => result.hits.map((hit) => `${hit.kind}:${hit.sourceId}`)

/**
 * Forgiving search, for every adapter: misspelt, run-together and unknown words, Telex and VNI typed
 * with the Vietnamese keyboard off, buyer filler, and the refusal to answer what the catalogue
 * cannot, with accent-exact items still first.
 */
export function describeForgivingSearchContract(options: SearchContractOptions): void {
  let search: SearchPort
  const find = (q: string, extra: Partial<SearchQuery> = {}) => search.search({ q, locale: 'vi', ...extra })
  const findEn = (q: string) => search.search({ q, locale: 'en' })

  beforeAll(async () => {
    search = await options.create()
    await search.applySettings()
    await search.clear()
    await search.upsert([...fixtureDocuments(), ...temptingDocuments()])
  })

  afterAll(async () => {
    if (search && options.dispose) await options.dispose(search)
  })

  describe('leaving out words the catalogue does not hold', () => {
    it('should find the honey for "mật ong xuất khẩu" and say which words it left out', async () => {
      const result = await find('mật ong xuất khẩu')
      expect(sources(result)[0]).toBe('product:p1')
      expect(result.ignoredWords).toEqual(['xuất', 'khẩu'])
    })

    it('should find the pottery for "gốm souvenir"', async () => {
      // "handmade" is a synonym of "thủ công" in the default dictionary: an unknown word instead.
      const result = await find('gốm souvenir')
      expect(sources(result)[0]).toBe('product:p6')
      expect(result.ignoredWords).toEqual(['souvenir'])
    })

    it('should leave out the buyer filler first, without counting it as missing', async () => {
      const result = await find('mua nước mắm giá sỉ')
      expect(sources(result)[0]).toBe('product:p8')
      expect(result.ignoredWords).toEqual(['mua', 'giá', 'sỉ'])
      expect(sources(await findEn('best cheap fish sauce wholesale'))[0]).toBe('product:p8')
    })

    it('should leave out the buyer speaking and who makes it', async () => {
      const result = await find('tôi muốn mua kẹo khóm')
      expect(sources(result)[0]).toBe('product:p2')
      expect(result.ignoredWords).toEqual(['tôi', 'muốn', 'mua'])
      expect(sources(await find('cần tìm xưởng sản xuất nước mắm'))[0]).toBe('product:p8')
      expect(sources(await findEn('fish sauce manufacturer'))[0]).toBe('product:p8')
      // Ordering for a business is no part of the product either.
      expect(sources(await find('đặt làm kẹo khóm in logo công ty'))[0]).toBe('product:p2')
    })

    it('should leave out asking for a price, and whom the product is for', async () => {
      const result = await find('xin báo giá kẹo khóm')
      expect(sources(result)[0]).toBe('product:p2')
      expect(result.ignoredWords).toEqual(['xin', 'báo', 'giá'])
    })

    it('should leave out a measure, a shipment and whom a gift is for, and never take a linking word for the thing', async () => {
      expect(sources(await findEn('best price pineapple candy 5 kilos'))[0]).toBe('product:p2')
      expect(sources(await find('lô hàng 5 tấn kẹo khóm'))[0]).toBe('product:p2')
      // A pack counted ("1000 hộp") and a word of specification before a closing number name nothing.
      expect(sources(await find('cần 1000 hộp kẹo khóm làm quà trung thu'))[0]).toBe('product:p2')
      expect(sources(await findEn('pineapple candy grade 1'))[0]).toBe('product:p2')
      // "bằng" (made of) names nothing: the pottery is what the buyer wants.
      expect(sources(await find('quà tặng sếp bằng gốm'))[0]).toBe('product:p6')
    })

    it('should keep a number the buyer typed to rank the item that holds it first, when other words go', async () => {
      // "loại" is no word of the catalogue and "thượng hạng" is praise: the two-hole brick first.
      const result = await find('gạch tuynel 2 lỗ loại thượng hạng')
      expect(sources(result)[0]).toBe('product:t19')
      expect(result.ignoredWords).not.toContain('2')
    })

    it('should leave out what the buyer says the product must not have, not search for it', async () => {
      // "no sugar" is no palm sugar: the persimmon.
      expect(sources(await findEn('dried persimmon no sugar'))).toEqual(['product:t20'])
      expect(sources(await findEn('sugar free dried persimmon'))).toEqual(['product:t20'])
      expect(sources(await find('hồng sấy dẻo không đường'))).toEqual(['product:t20'])
    })

    it('should leave out any number of words saying how the product is said to be', async () => {
      // Four of six words go, none of them saying which product: still the pineapple candy.
      const result = await find('kẹo khóm truyền thống xuất khẩu')
      expect(sources(result)[0]).toBe('product:p2')
      expect(result.ignoredWords).toEqual(['truyền', 'thống', 'xuất', 'khẩu'])
    })

    it('should rank first what holds the words saying what it is given as, never counting them as missing', async () => {
      // No item says "biếu": the gift box that says "quà" and "Tết" comes before the plain fish sauce.
      const gift = await find('quà biếu tết nước mắm')
      expect(sources(gift)[0]).toBe('product:t15')
      expect(sources(gift)).toContain('product:p8')
      // Neither is the head: "tết" alone is no answer to what the buyer wants.
      const result = await find('tết nước mắm cao cấp')
      expect(sources(result)[0]).toBe('product:t15')
      expect(sources(result)).toContain('product:p8')
    })

    it('should keep the words that say which thing before those saying how it is given', async () => {
      // The souvenir plate holds three of the four words, the Cham figure the two that name the thing.
      const result = await find('gốm chăm lưu niệm')
      expect(sources(result)[0]).toBe('product:t16')
      expect(result.ignoredWords).toEqual(['lưu', 'niệm'])
    })

    it('should leave out a classifier before the thing ("trái khóm" is pineapple)', async () => {
      const result = await find('trái khóm')
      expect(sources(result)[0]).toBe('product:p2')
      expect(result.ignoredWords).toEqual(['trái'])
    })

    it('should list the items holding most of the words after the few holding them all', async () => {
      // Only the beeswax says "thiên nhiên" (natural); the honey that does not say it comes next.
      const result = await find('mật ong thiên nhiên')
      expect(sources(result)[0]).toBe('product:t9')
      expect(sources(result)).toContain('product:p1')
      expect(result.totalHits).toBe(result.hits.length)
      expect(result.ignoredWords).toBeUndefined()
      // Paged the same way: the second item of the first page is the first of a one-item second page.
      const second = await find('mật ong thiên nhiên', { hitsPerPage: 1, page: 2 })
      expect(sources(second)).toEqual([sources(result)[1]])
      expect(second.totalHits).toBe(result.totalHits)
    })

    it('should widen a thin answer found without the filler the same way', async () => {
      // "loại một" (first grade) is filler: without it only the beeswax says every word, then the honey.
      const result = await find('mật ong thiên nhiên loại một')
      expect(sources(result)[0]).toBe('product:t9')
      expect(sources(result)).toContain('product:p1')
      // (Which of "loại một" the page says no item holds: the honey's name holds both. The embedded
      // engine says none, search-embedded.test.ts; Meilisearch names every word a plan left out.)
    })

    it('should answer nothing rather than junk when the catalogue cannot answer', async () => {
      // "nước hoa" is perfume: the catalogue's "nước mắm" and "bình hoa" are not.
      expect((await find('nước hoa')).totalHits).toBe(0)
      // Without "vodka", "honey vodka" would list honey.
      expect((await findEn('honey vodka')).totalHits).toBe(0)
      expect((await find('lụa tằm nón')).totalHits).toBe(0)
    })

    it('should answer a query missing a word only with items naming the rest outside their story', async () => {
      // Without "gold", only a story mentions rings: no answer, not the candied pineapple.
      expect((await findEn('gold ring')).totalHits).toBe(0)
      // Every word matched, the story counts as always.
      expect(sources(await findEn('pineapple rings'))).toContain('product:t11')
    })

    it('should not leave out the English word that says which kind of thing', async () => {
      // Mango honey is another honey; golden honey is honey.
      expect((await findEn('mango honey')).totalHits).toBe(0)
      expect(sources(await findEn('golden honey'))[0]).toBe('product:p1')
    })

    it('should never leave out the word that names the thing, however many others match', async () => {
      // "vé máy bay" is an air ticket: "máy" and "bay" match a dryer "trưng bày", "vé" nothing.
      expect((await find('vé máy bay')).totalHits).toBe(0)
    })

    // Not yet: every word of "nước hoa" occurs in one story ("…ngâm nước… bông hoa…"), so the
    // item matches in full; refusing it needs a proximity rule for words found only far apart in the body.
    it.todo('should not answer "nước hoa" with an item whose story merely mentions "nước" and "hoa" apart')
    // Not yet: "lụa" matches "vỏ lụa" (cashew skin) accent-exactly and the synonym group
    // lụa = tơ tằm = silk lets one word satisfy two terms; needs the data side and per-term matching.
    // (The paddy machines, "lúa", are gone on the embedded engine: a synonym keeps its diacritics.)
    it.todo('should not answer "lụa tơ tằm" with cashews ("vỏ lụa")')
  })

  describe('forgiving typos', () => {
    it('should forgive a typo in a Vietnamese word typed without diacritics', async () => {
      expect(sources(await find('nuoc mamm'))[0]).toBe('product:p8')
      expect(sources(await find('keo khomm'))[0]).toBe('product:p2')
    })

    it('should take apart words typed without their space', async () => {
      expect(sources(await find('nuocmam'))[0]).toBe('product:p8')
    })

    it('should put together words typed apart that the catalogue writes as one', async () => {
      expect(sources(await findEn('bees wax'))[0]).toBe('product:t9')
    })

    it('should forgive a slip in a longer word even when another word has to go', async () => {
      // Nothing holds "powder", a form word; the misspelt "crickits" still names the crickets.
      expect(sources(await findEn('crickits powder'))[0]).toBe('product:p3')
    })

    it('should read a typo only in what names an item, not in its story', async () => {
      expect((await findEn('electric bike')).totalHits).toBe(0)
      // Every word as typed, the story counts as always.
      expect(sources(await findEn('electric roasters'))).toContain('product:t12')
    })

    it('should forgive a short English word missing a letter', async () => {
      expect(sources(await findEn('hony'))).toContain('product:p1')
    })

    it('should read a word the catalogue holds as a slip when no item holds every word as typed', async () => {
      expect(sources(await findEn('sedge matt'))).toEqual(['product:t13'])
      // As typed, "matt" is still the tile's first (Meilisearch reads the mat's "mat" as its typo too).
      expect(sources(await findEn('matt'))[0]).toBe('product:t14')
    })

    it('should forgive two letters swapped as one typo', async () => {
      expect(sources(await find('banh trnag'))[0]).toBe('product:t8')
      expect(sources(await findEn('rice papre'))[0]).toBe('product:t8')
    })

    it("should suggest the catalogue's own spelling for a misspelt word", async () => {
      expect((await find('keo khomm')).suggestion).toBe('keo khom')
    })
  })

  describe('Telex and VNI typed with the Vietnamese keyboard off', () => {
    it('should read Telex and say how it read it', async () => {
      const result = await find('maatj ong')
      expect(sources(result)[0]).toBe('product:p1')
      expect(result.readAs).toBe('mật ong')
      expect((await find('nuwowcs mawms')).readAs).toBe('nước mắm')
    })

    it('should read VNI', async () => {
      const result = await find('ke5o kho1m')
      expect(sources(result)[0]).toBe('product:p2')
      expect(result.readAs).toBe('kẹo khóm')
    })

    it('should not claim another reading for plain words', async () => {
      expect((await find('mat ong')).readAs).toBeUndefined()
      expect((await findEn('honey')).readAs).toBeUndefined()
    })
  })

  describe('accents', () => {
    it('should still put the accent-exact item first in minimal pairs', async () => {
      expect(sources(await find('dế'))[0]).toBe('product:p3')
      expect(sources(await find('dê'))[0]).toBe('product:p4')
      expect((await find('dế')).approximate).toBeFalsy()
    })

    it('should say the hits are near matches when none holds the accents typed', async () => {
      // "thịt dế" (cricket meat): only "Thịt dê" (goat) holds the letters.
      const result = await find('thịt dế')
      expect(sources(result)[0]).toBe('product:p4')
      expect(result.approximate).toBe(true)
    })

    it('should read a word with the wrong tone mark when the word beside it pins the meaning', async () => {
      // hỏi typed for ngã: the catalogue never holds "cẫm", but "tho cam" stands side by side in it.
      const result = await find('thổ cẫm')
      expect(sources(result)[0]).toBe('product:t4')
      expect(result.approximate).toBe(true)
    })

    it('should prefer an accent-exact answer to most of the query over a near match to all of it', async () => {
      // Only the pineapple ("dứa") candy says "ngon"; the coconut ("dừa") candy is what was asked for.
      const result = await find('kẹo dừa ngon')
      expect(sources(result)[0]).toBe('product:t5')
      expect(sources(result)).not.toContain('product:t6')
      expect(result.approximate).toBeFalsy()
    })

    it('should read a regional spelling the synonyms list as the word, not as a near match', async () => {
      // The south writes "dĩa" for "đĩa" (plate); the catalogue only says "đĩa".
      const result = await find('dĩa sứ')
      expect(sources(result)[0]).toBe('product:t10')
      expect(result.approximate).toBeUndefined()
    })

    it('should not answer "nón lá" with "nõn" tea', async () => {
      expect(sources(await find('nón lá'))).not.toContain('product:t3')
    })
  })

  describe('English names', () => {
    it('should rank the honey itself above honey-glazed cashews and lime pickled in honey', async () => {
      expect(sources(await findEn('honey'))[0]).toBe('product:p1')
    })
  })
}
