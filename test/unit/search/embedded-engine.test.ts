import { describe, expect, it } from 'vitest'
import { createEmbeddedSearch } from '../../../src/search/adapters/embedded/create-embedded-search'
import { computeMarkedWords, computeNameOrder, ranksFromOrder } from '../../../src/search/adapters/embedded/derived-tables'
import { holdsWords } from '../../../src/search/adapters/embedded/evaluate-query'
import { createIndexStore, markedWordsOf, nameRanksOf, rankKeysOf, removeRecords, upsertRecords } from '../../../src/search/adapters/embedded/index-store'
import { computeRankKeys } from '../../../src/search/adapters/embedded/rank-keys'
import { buildIndexRecord } from '../../../src/search/build-index-record'
import { mapProduct } from '../../../src/search/mappers/map-product'
import type { CmsProduct } from '../../../src/search/mappers/cms-types'
import { foldText } from '../../../src/text/fold-text'

/**
 * The embedded engine's own index (postings, lookups restricted to earlier matches, filter
 * postings, compaction) checked against the plainest possible answer: scan every product's text.
 */
const WORDS = ['mật', 'ong', 'nghệ', 'an', 'an toàn', 'trà', 'xanh', 'tràng', 'hồ', 'tiêu', 'long', 'bình', 'dương', 'gốm', 'sứ', 'lụa', 'tơ', 'x']
const PROVINCES = ['Bình Dương', 'Nghệ An', 'Lâm Đồng', 'Long An']

function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
}

function catalogue(count: number, seed: number, provinces: readonly string[] = PROVINCES): CmsProduct[] {
  const next = random(seed)
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!
  return Array.from({ length: count }, (_, i) => ({
    id: i,
    slug: `p${i}`,
    _status: 'published',
    name: Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(WORDS)).join(' '),
    producer: { id: i % 7, name: `Cơ sở ${i % 7}`, slug: `cs-${i % 7}`, province: { id: i % 4, name: pick(provinces) } },
  })) as CmsProduct[]
}

/** Every product whose name holds all words, the last one as a prefix (what a buyer typing expects). */
function bruteForce(products: readonly CmsProduct[], q: string): Set<string> {
  const tokens = foldText(q).split(' ')
  return new Set(
    products
      .filter((product) => {
        const words = foldText(String(product.name)).split(' ')
        return tokens.every((token, i) => (i === tokens.length - 1 ? words.some((word) => word.startsWith(token)) : words.includes(token)))
      })
      .map((product) => String(product.id)),
  )
}

describe('embedded search engine', () => {
  it('should return exactly the products whose names hold every word, for broad and narrow queries', async () => {
    // Producers all in one province whose name shares no word with the products', so names alone match.
    const products = catalogue(3000, 11, ['Cà Mau'])
    const search = createEmbeddedSearch({ resultCacheSize: 0, synonyms: [] })
    await search.upsert(products.flatMap((product) => mapProduct(product, { locales: ['vi'] })))
    // Rare word then common one (lookups), common then rare, a lone prefix, a deferred one-letter prefix.
    for (const q of ['nghe an', 'an nghe', 'mat ong', 'ong mat', 'tra', 'tra x', 'ho t', 'gom su lua', 'binh duong']) {
      const expected = bruteForce(products, q)
      const found = new Set<string>()
      let totalHits = 0
      for (let page = 1; page <= 100; page += 1) {
        const result = await search.search({ q, locale: 'vi', filters: { kind: ['product'] }, hitsPerPage: 100, page })
        totalHits = result.totalHits
        for (const hit of result.hits) found.add(hit.sourceId)
        if (result.hits.length < 100) break
      }
      expect(expected.size, q).toBeGreaterThan(0)
      expect(totalHits, q).toBe(expected.size)
      expect(found, q).toEqual(expected)
    }
  })

  it('should keep one answer per product however often it is replaced, through compaction', async () => {
    const search = createEmbeddedSearch({ resultCacheSize: 0, synonyms: [] })
    const base = catalogue(50, 3)
    await search.upsert(base.flatMap((product) => mapProduct(product, { locales: ['vi'] })))
    // 1,500 saves of one product: dead documents pile up past the compaction threshold.
    for (let i = 0; i < 1500; i += 1) {
      await search.upsert(mapProduct({ ...base[0]!, name: i % 2 ? 'Mật ong rừng' : 'Mật ong hoa cà phê' }, { locales: ['vi'] }))
    }
    const result = await search.search({ q: 'mat ong rung', locale: 'vi', facets: ['kind'] })
    expect(result.hits.map((hit) => hit.sourceId)).toEqual(['0'])
    expect(result.facets.kind).toEqual({ product: 1 })
    expect(search.count().public_vi).toBe(50)
    const browse = await search.search({ q: '', locale: 'vi', hitsPerPage: 100 })
    expect(browse.totalHits).toBe(50)
  })

  it('should filter by province through former names and count facets over the filtered hits only', async () => {
    const products = catalogue(400, 5)
    const search = createEmbeddedSearch({ resultCacheSize: 0 })
    await search.upsert(products.flatMap((product) => mapProduct(product, { locales: ['vi'] })))
    const all = await search.search({ q: '', locale: 'vi', facets: ['province'] })
    const lamDong = await search.search({ q: '', locale: 'vi', filters: { province: ['lam dong'] }, facets: ['province'] })
    expect(lamDong.totalHits).toBeGreaterThan(0)
    expect(lamDong.totalHits).toBeLessThan(all.totalHits)
    expect(Object.values(lamDong.facets.province ?? {}).reduce((sum, count) => sum + count, 0)).toBe(lamDong.totalHits)
    const removed = await search.search({ q: '', locale: 'vi', filters: { province: ['lam dong'] }, hitsPerPage: 100 })
    await search.remove(removed.hits.map((hit) => hit.id))
    expect((await search.search({ q: '', locale: 'vi', filters: { province: ['lam dong'] } })).totalHits).toBe(Math.max(0, lamDong.totalHits - 100))
  })

  it('should rank a title that begins with the query above one that ends with it', async () => {
    const search = createEmbeddedSearch({ resultCacheSize: 0, synonyms: [] })
    const base = catalogue(2, 9, ['Cà Mau'])
    await search.upsert([
      ...mapProduct({ ...base[0]!, id: 1, slug: 'chanh', name: 'Chanh đào ngâm mật ong' }, { locales: ['vi'] }),
      ...mapProduct({ ...base[1]!, id: 2, slug: 'mat-ong', name: 'Mật ong rừng Ba Bể' }, { locales: ['vi'] }),
    ])
    for (const q of ['mat ong', 'mật ong', 'mat o']) {
      const result = await search.search({ q, locale: 'vi', filters: { kind: ['product'] } })
      expect(
        result.hits.map((hit) => hit.sourceId),
        q,
      ).toEqual(['2', '1'])
    }
  })

  it('should mend a misspelt word only the synonyms know, so its synonym finds the product', async () => {
    const base = catalogue(1, 4, ['Cà Mau'])
    const peanutCandy = mapProduct({ ...base[0]!, id: 1, slug: 'keo-lac', name: 'Kẹo lạc Nam Định' }, { locales: ['vi'] })
    const withGroup = createEmbeddedSearch({ resultCacheSize: 0, synonyms: [['đậu phộng', 'lạc']] })
    const withoutGroup = createEmbeddedSearch({ resultCacheSize: 0, synonyms: [] })
    await withGroup.upsert(peanutCandy)
    await withoutGroup.upsert(peanutCandy)
    // "phongg" is in no product: read as "phộng", the southern word whose synonym "lạc" the candy holds.
    const mended = await withGroup.search({ q: 'keo dau phongg', locale: 'vi', filters: { kind: ['product'] } })
    expect(mended.hits.map((hit) => hit.sourceId)).toEqual(['1'])
    // Without the group nothing leads from "phongg" to the candy: the mending goes through the synonyms only.
    const unmended = await withoutGroup.search({ q: 'keo dau phongg', locale: 'vi', filters: { kind: ['product'] } })
    expect(unmended.hits.map((hit) => hit.sourceId)).toEqual([])
  })

  it('should never read the buyer’s praise as a misspelt word: "ca phe ngon" is coffee, not tea buds ("nõn")', async () => {
    const base = catalogue(2, 6, ['Cà Mau'])
    const search = createEmbeddedSearch({ resultCacheSize: 0, synonyms: [] })
    await search.upsert([
      ...mapProduct({ ...base[0]!, id: 1, slug: 'ca-phe', name: 'Cà phê rang xay' }, { locales: ['vi'] }),
      ...mapProduct({ ...base[1]!, id: 2, slug: 'che-non', name: 'Chè nõn tôm, hương cà phê' }, { locales: ['vi'] }),
    ])
    const result = await search.search({ q: 'ca phe ngon', locale: 'vi', filters: { kind: ['product'] } })
    expect(result.hits.map((hit) => hit.sourceId)[0]).toBe('1')
    expect(result.ignoredWords).toEqual(['ngon'])
  })

  it('should not offer "did you mean" for a word a synonym group explains', async () => {
    const base = catalogue(1, 4, ['Cà Mau'])
    const search = createEmbeddedSearch({ resultCacheSize: 0, synonyms: [['đậu phộng', 'lạc']] })
    await search.upsert(mapProduct({ ...base[0]!, id: 1, slug: 'keo-lac', name: 'Kẹo lạc Nam Định, hộp quà Phone' }, { locales: ['vi'] }))
    // "phongg" is read as "phộng" (two edits from "phone"); "phong" is one edit from it, but understood.
    const result = await search.search({ q: 'keo dau phongg', locale: 'vi', filters: { kind: ['product'] } })
    expect(result.hits.map((hit) => hit.sourceId)).toEqual(['1'])
    expect(result.suggestion).toBeUndefined()
  })

  it('should match a synonym phrase only where its words stand together', async () => {
    const base = catalogue(2, 8, ['Cà Mau'])
    const search = createEmbeddedSearch({ resultCacheSize: 0, synonyms: [['cà phê hạt', 'coffee beans']] })
    await search.upsert([
      ...mapProduct({ ...base[0]!, id: 1, slug: 'ca-phe-hat', name: 'Cà phê hạt rang mộc' }, { locales: ['vi'] }),
      // Every word of "cà phê hạt", but not together: cashew milk with a coffee flavour.
      ...mapProduct({ ...base[1]!, id: 2, slug: 'sua-hat-dieu', name: 'Sữa hạt điều vị cà phê' }, { locales: ['vi'] }),
    ])
    const result = await search.search({ q: 'coffee beans', locale: 'vi', filters: { kind: ['product'] } })
    expect(result.hits.map((hit) => hit.sourceId)).toEqual(['1'])
  })
})

describe('embedded search engine across small writes', () => {
  it('should answer after each save or removal exactly as an index built afresh from the same products', async () => {
    // Name order, accent-exact words and ranking keys are built on the first query that needs them
    // and then kept current by each small write, not rebuilt: check them against a fresh index.
    const next = random(21)
    const products = catalogue(400, 17)
    const live = createEmbeddedSearch({ resultCacheSize: 0 })
    const toDocs = (product: CmsProduct) => mapProduct(product, { locales: ['vi', 'en'] })
    await live.upsert(products.flatMap(toDocs))
    const current = new Map(products.map((product) => [product.id, product]))
    // Few hits per page for the broad words, so ranking prunes by its keys; words only new names hold.
    const queries = [
      { q: 'mật ong', locale: 'vi' },
      ...['tra', 'mat', 'long', 'ho', 'gom'].map((q) => ({ q, locale: 'vi', hitsPerPage: 1 }) as const),
      { q: 'long', locale: 'en', hitsPerPage: 1 },
      { q: 'khoái', locale: 'vi' },
      { q: 'tra', locale: 'vi', sort: 'name' },
      { q: '', locale: 'vi' },
      { q: '', locale: 'en', sort: 'name' },
      { q: 'gốm sứ', locale: 'vi', sort: 'newestAward' },
      { q: 'nghệ', locale: 'en' },
      { q: 'lụa tơ', locale: 'vi' },
    ] as const
    const answers = async (search: typeof live) =>
      Promise.all(queries.map(async (query) => (await search.search({ hitsPerPage: 60, ...query })).hits.map((hit) => hit.id).join(' ')))
    await answers(live)
    for (let round = 0; round < 12; round += 1) {
      for (let write = 0; write < 5; write += 1) {
        const roll = next()
        const id = Math.floor(next() * 460)
        if (roll < 0.25 && current.has(id)) {
          current.delete(id)
          await live.remove(toDocs({ ...products[0]!, id, slug: `p${id}` }).map((doc) => doc.id))
        } else {
          // A renamed product (its place in name order moves) or a new one.
          const words = [...WORDS, 'khoái']
          const name = [words[Math.floor(next() * words.length)], words[Math.floor(next() * words.length)], `${round}-${write}`].join(' ')
          const product = { ...(current.get(id) ?? products[id % products.length]!), id, slug: `p${id}`, name }
          current.set(id, product)
          await live.upsert(toDocs(product))
        }
      }
      const fresh = createEmbeddedSearch({ resultCacheSize: 0 })
      await fresh.upsert([...current.values()].flatMap(toDocs))
      expect(await answers(live), `round ${round}`).toEqual(await answers(fresh))
    }
  })
})

describe('words only removed products held', () => {
  it('should count as unknown, so a typo is forgiven for them again', async () => {
    const search = createEmbeddedSearch({ resultCacheSize: 0, synonyms: [] })
    const product = (id: number, name: string) => mapProduct({ id, slug: `p${id}`, name, _status: 'published' }, { locales: ['en'] })
    await search.upsert([...product(1, 'Mulberry silk scarf'), ...product(2, 'Mulbery jam')])
    // The silk is renamed: no live product says "mulberry" any more, though the word stays in the vocabulary.
    await search.upsert(product(1, 'Cotton scarf'))
    const result = await search.search({ q: 'mulberry', locale: 'en' })
    expect(result.hits.map((hit) => hit.sourceId)).toEqual(['2'])
  })
})

describe('tables kept across small writes', () => {
  it('should hold what building them afresh from the live records gives', () => {
    const next = random(5)
    const records = (product: CmsProduct) => mapProduct(product, { locales: ['vi', 'en'] }).map(buildIndexRecord)
    const products = catalogue(300, 31)
    const store = createIndexStore(products.flatMap(records))
    // Built before the writes, so the writes must keep them current.
    rankKeysOf(store)
    nameRanksOf(store)
    markedWordsOf(store)
    for (let write = 0; write < 80; write += 1) {
      const id = Math.floor(next() * 340)
      if (next() < 0.3)
        removeRecords(
          store,
          records({ ...products[0]!, id }).map((record) => record.id),
        )
      else {
        const name = `${WORDS[Math.floor(next() * WORDS.length)]} Khoái ${write}`
        upsertRecords(store, records({ ...products[id % products.length]!, id, slug: `p${id}`, name }))
      }
    }
    const all = store.index.records
    const liveDocs = all.flatMap((record, doc) => (record ? [doc] : []))
    const keys = rankKeysOf(store)
    const fresh = computeRankKeys(all)
    const headName = (numbers: ReadonlyMap<string, number>, number: number) => [...numbers].find(([, n]) => n === number)?.[0]
    expect(liveDocs.map((doc) => [keys.titleStarts[doc], headName(keys.headNumbers, keys.heads[doc]!)])).toEqual(
      liveDocs.map((doc) => [fresh.titleStarts[doc], headName(fresh.headNumbers, fresh.heads[doc]!)]),
    )
    expect([...nameRanksOf(store)]).toEqual([...ranksFromOrder(computeNameOrder(all), all.length)])
    expect(new Map(markedWordsOf(store))).toEqual(computeMarkedWords(all))
  })
})

describe('holdsWords', () => {
  it('should find whole words only', () => {
    expect(holdsWords('sua hat dieu vi ca phe', 'ca phe')).toBe(true)
    expect(holdsWords('ca phe hat rang moc', 'ca phe hat')).toBe(true)
    expect(holdsWords('sua hat dieu vi ca phe', 'phe hat')).toBe(false)
    expect(holdsWords('banh phong tom', 'ong tom')).toBe(false)
    expect(holdsWords(undefined, 'ca phe')).toBe(false)
  })
})
