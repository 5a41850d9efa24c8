import { describe, expect, it } from 'vitest'
import { createEmbeddedSearch } from '../../src/search/adapters/embedded/create-embedded-search'
import { SearchSnapshotError } from '../../src/search/errors'
import { describeForgivingSearchContract } from './search-forgiving.contract'
import { describeSearchContract, fixtureDocuments } from './search.contract'
import { mapProduct } from '../../src/search/mappers/index'

describe('search contract: embedded engine', () => {
  describeSearchContract({ create: async () => createEmbeddedSearch() })
})

describe('forgiving search contract: embedded engine', () => {
  describeForgivingSearchContract({ create: async () => createEmbeddedSearch() })
})

/**
 * Embedded only: Meilisearch restricts an answer that left words out to the naming fields
 * (`attributesToSearchOn`) but cannot ask where in a name a word stands.
 */
describe('embedded engine: an answer that left words out names what the item is', () => {
  const now = new Date('2026-11-22T00:00:00Z')
  const product = (id: string, vi: string, en: string, description?: { vi: string; en: string }) =>
    mapProduct({ id, slug: id, name: { vi, en }, ...(description ? { description } : {}), _status: 'published' }, { now })
  const search = createEmbeddedSearch()
  const ids = async (q: string, locale: 'vi' | 'en') => (await search.search({ q, locale })).hits.map((hit) => hit.sourceId)

  it('should not answer with items the kept word is only an ingredient or part of', async () => {
    await search.upsert([
      ...product('salt', 'Muối tôm Tây Ninh', 'Tay Ninh shrimp salt 200 g'),
      ...product('paste', 'Mắm ruốc Long Hải', 'Long Hai shrimp paste'),
      ...product('honey', 'Mật ong rừng Ba Bể', 'Ba Be forest honey 500 ml'),
      ...product('sickle', 'Liềm gặt lúa', 'Rice sickle'),
      ...product('dryer', 'Máy sấy lúa vỉ ngang', 'Flat-bed paddy dryer'),
      ...product('jar', 'Lu gốm đỏ', 'Red clay jar'),
    ])
    // "frozen" is nowhere; what holds "shrimp" is salt and paste, not shrimp.
    expect(await ids('frozen shrimp', 'en')).toEqual([])
    expect(await ids('lúa st25', 'vi')).toEqual([])
    // Where the kept word is what the item is, it still answers: at the end of an English name, among
    // the first two words of a Vietnamese one.
    expect(await ids('raw honey', 'en')).toEqual(['honey'])
    expect(await ids('gốm xyzabc', 'vi')).toEqual(['jar'])
    // Every word found: no such test, the ingredient counts.
    expect(await ids('shrimp salt', 'en')).toEqual(['salt'])
  })

  it('should take a name ending in a form it is sold in for the thing before it', async () => {
    await search.upsert([...product('quills', 'Quế ống Văn Yên', 'Van Yen cinnamon quills'), ...product('tray', 'Khay đan vỏ quế', 'Woven cinnamon-bark tray')])
    // "sticks" is nowhere; the quills are cinnamon, the tray is a tray.
    expect(await ids('cinamon sticks', 'en')).toEqual(['quills'])
  })

  it('should read a slip only into an item that is the thing named', async () => {
    await search.upsert([
      ...product('sugar', 'Đường thốt nốt Bảy Núi', 'Bay Nui palm sugar'),
      ...product('bag', 'Túi thổ cẩm', 'Brocade bag', { vi: 'Vải lót trong, đường may chắc.', en: 'Lined.' }),
    ])
    // "thot" read as "thổ" makes every word of the bag's; but "đường" names the sugar, so the bag is
    // no answer, and the sugar is, without "lot" (for "nốt").
    expect(await ids('duong thot lot', 'vi')).toEqual(['sugar'])
  })

  it('should hold a head typed with diacritics with them', async () => {
    await search.upsert([...product('herb', 'Trà cà gai leo', 'Ca gai leo herbal tea'), ...product('anchovy', 'Cá cơm khô', 'Dried anchovies')])
    // "cá" (fish) is the thing: the tea holds only "cà", so the dry fish answers without "trà", not the tea.
    expect(await ids('cá khô trà', 'vi')).toEqual(['anchovy'])
    // Typed bare, "ca" may be either: "ca tra" keeps the words nearest the head, then "ca kho" widens it.
    expect(await ids('ca tra kho', 'vi')).toEqual(['herb', 'anchovy'])
  })
})

describe('embedded engine: a thin answer widened', () => {
  it('should widen with the next words that add an item named the thing, not stop at those that add none', async () => {
    const now = new Date('2026-11-22T00:00:00Z')
    const product = (id: string, vi: string, description?: string) =>
      mapProduct(
        { id, slug: id, name: { vi, en: vi }, ...(description ? { description: { vi: description, en: description } } : {}), _status: 'published' },
        { now },
      )
    const search = createEmbeddedSearch()
    await search.upsert([
      ...product('gift', 'Hộp quà Tết nước mắm'),
      ...product('candy', 'Bánh cáy', 'Quà Tết, ăn cùng nước mắm.'),
      // "quà nước mắm" adds only this, which is no fish sauce; "nước mắm" adds the fish sauce.
      ...product('salt', 'Muối tôm', 'Quà quê, chấm nước mắm.'),
      ...product('sauce', 'Nước mắm Phú Quốc'),
    ])
    const ids = (await search.search({ q: 'quà tết nước mắm', locale: 'vi' })).hits.map((hit) => hit.sourceId)
    expect(ids[0]).toBe('gift')
    expect(ids).toContain('sauce')
  })

  it('should take a name that starts with what it is given as for the thing, and not say a word no result holds when one does', async () => {
    const now = new Date('2026-11-22T00:00:00Z')
    const product = (id: string, vi: string, en: string, description?: string) =>
      mapProduct(
        { id, slug: id, name: { vi, en }, ...(description ? { description: { vi: description, en: description } } : {}), _status: 'published' },
        { now },
      )
    const search = createEmbeddedSearch()
    await search.upsert([
      ...product('box', 'Hộp quà nước mắm', 'Fish sauce gift set'),
      ...product('jar', 'Nước mắm hũ sành', 'Fish sauce in a stoneware jar', 'Làm quà Tết.'),
      ...product('sauce', 'Nước mắm nhĩ', 'First-press fish sauce'),
    ])
    // No item holds all of "quà biếu tết nước mắm": the box, a gift of fish sauce, lacks "tết"; the
    // jar after it says "Tết". Neither word is missing from the page.
    const result = await search.search({ q: 'quà biếu tết nước mắm', locale: 'vi' })
    expect(result.hits.map((hit) => hit.sourceId)).toEqual(['box', 'jar'])
    expect(result.ignoredWords).toBeUndefined()
    // A word no listed item holds still is.
    expect((await search.search({ q: 'quà biếu tết nước mắm xyzw', locale: 'vi' })).ignoredWords).toEqual(['xyzw'])
    // So is filler, left out before anything else is tried: only what no listed item holds.
    await search.upsert(product('grade', 'Nước mắm nhĩ thượng hạng', 'Premium first-press fish sauce'))
    const grade = await search.search({ q: 'nước mắm nhĩ thượng hạng loại một', locale: 'vi' })
    expect(grade.hits.map((hit) => hit.sourceId)).toContain('grade')
    expect(grade.ignoredWords).toEqual(['loại', 'một'])
  })
})

describe('embedded engine: a synonym keeps its own diacritics', () => {
  // Meilisearch's synonyms are folded words: there "silk" still reaches "lua" (lúa, paddy).
  it('should find silk ("lụa") for "silk", not the paddy ("lúa") dryer', async () => {
    const now = new Date('2026-11-22T00:00:00Z')
    const search = createEmbeddedSearch()
    await search.upsert([
      ...mapProduct({ id: 'scarf', slug: 'scarf', name: { vi: 'Khăn lụa Vạn Phúc', en: 'Van Phuc silk scarf' }, _status: 'published' }, { now }),
      ...mapProduct({ id: 'dryer', slug: 'dryer', name: { vi: 'Máy sấy lúa', en: 'Paddy dryer' }, _status: 'published' }, { now }),
    ])
    for (const locale of ['vi', 'en'] as const) {
      expect(
        (await search.search({ q: 'silk', locale })).hits.map((hit) => hit.sourceId),
        locale,
      ).toEqual(['scarf'])
    }
    // Typed without marks, "lua" is either word.
    expect((await search.search({ q: 'lua', locale: 'vi' })).hits.map((hit) => hit.sourceId).sort()).toEqual(['dryer', 'scarf'])
  })
})

describe('embedded engine: a near match of several words holds them side by side', () => {
  const now = new Date('2026-11-22T00:00:00Z')
  const search = createEmbeddedSearch()
  const ids = async (q: string) => (await search.search({ q, locale: 'vi' })).hits.map((hit) => hit.sourceId)

  it('should answer a phrase typed with a wrong mark only with items holding the phrase', async () => {
    await search.upsert([
      ...mapProduct({ id: 'honey', slug: 'honey', name: { vi: 'Mật ong hoa điều', en: 'Cashew-blossom honey' }, _status: 'published' }, { now }),
      ...mapProduct(
        {
          id: 'crickets',
          slug: 'crickets',
          name: { vi: 'Dế sấy Bảy Lành', en: 'Bay Lanh dried crickets' },
          description: { vi: 'Sấy bằng máy.', en: 'Machine-dried.' },
          _status: 'published',
        },
        { now },
      ),
      // Holds "lạnh" and "hòa" with their marks, so neither counts as a word the catalogue lacks.
      ...mapProduct(
        { id: 'oil', slug: 'oil', name: { vi: 'Dầu dừa ép lạnh Biên Hòa', en: 'Bien Hoa cold-pressed coconut oil' }, _status: 'published' },
        { now },
      ),
    ])
    // "hòa" is only "hoa", and that stands after "điều", not before; "lạnh" is only "Lành", nowhere near "máy".
    expect(await ids('điều hòa')).toEqual([])
    expect(await ids('máy lạnh')).toEqual([])
    // The wrong mark on "ong" still finds the honey: "mật ong" stands in its name.
    const honey = await search.search({ q: 'mật óng', locale: 'vi' })
    expect(honey.hits.map((hit) => hit.sourceId)).toEqual(['honey'])
    expect(honey.approximate).toBe(true)
  })
})

describe('embedded engine: a word matched without its marks is a near match, not a word left out', () => {
  const now = new Date('2026-11-22T00:00:00Z')
  const search = createEmbeddedSearch()

  it('should say the answer is near, not that it left out the word', async () => {
    await search.upsert([
      ...mapProduct({ id: 'durian', slug: 'durian', name: { vi: 'Kẹo dừa sầu riêng', en: 'Durian coconut candy' }, _status: 'published' }, { now }),
    ])
    // "sàu" for "sầu": the accent-exact answer to the rest is the durian candy, which holds "sau".
    const result = await search.search({ q: 'kẹo dừa sàu riêng', locale: 'vi' })
    expect(result.hits.map((hit) => hit.sourceId)).toEqual(['durian'])
    expect(result.ignoredWords).toBeUndefined()
    expect(result.approximate).toBe(true)
    // The same typed in Telex with the circumflex forgotten ("sauf" for "saauf") is read, not dropped.
    const telex = await search.search({ q: 'keoj dwaf sauf rieeng', locale: 'vi' })
    expect(telex.readAs).toBe('kẹo dừa sàu riêng')
    expect(telex.hits.map((hit) => hit.sourceId)).toEqual(['durian'])
  })
})

describe('embedded engine snapshots', () => {
  it('should answer the same after an export and restore', async () => {
    const original = createEmbeddedSearch()
    await original.upsert(fixtureDocuments())
    await original.remove(['product-p4-vi'])
    const restored = createEmbeddedSearch({ snapshot: original.exportSnapshot() })
    for (const q of ['mat ong', 'dế', 'Bình Dương', 'keo dua', 'thit de']) {
      const [a, b] = await Promise.all([original.search({ q, locale: 'vi' }), restored.search({ q, locale: 'vi' })])
      expect(
        b.hits.map((hit) => hit.id),
        q,
      ).toEqual(a.hits.map((hit) => hit.id))
    }
    expect(restored.count()).toEqual(original.count())
    // The restored index keeps working: documents can still be replaced and removed.
    await restored.remove(['product-p1-vi'])
    expect((await restored.search({ q: 'mat ong rung', locale: 'vi' })).hits.map((hit) => hit.id)).not.toContain('product-p1-vi')
  })

  it('should answer as the original, scores and facets included, after removals, replacements and writes on both sides', async () => {
    const documents = fixtureDocuments()
    const vi = documents.filter((doc) => doc.locale === 'vi' && doc.kind !== 'enquiry')
    const original = createEmbeddedSearch({ resultCacheSize: 0 })
    await original.upsert(documents)
    // A removed and a replaced document leave dead numbers the snapshot must skip and renumber around.
    await original.remove([vi[0]!.id])
    await original.upsert([{ ...vi[1]!, title: `${vi[1]!.title} mới` }])
    const restored = createEmbeddedSearch({ snapshot: original.exportSnapshot(), resultCacheSize: 0 })
    const queries = ['mat ong', 'mật ong rừng', 'dế', 'Bình Dương', 'keo dua', 'thit de', 'ca', 'mat o', 'tho cam', '']
    const same = async () => {
      for (const q of queries) {
        const query = { q, locale: 'vi' as const, facets: ['kind', 'province', 'awardLevel', 'awardYear'] as const, hitsPerPage: 50 }
        const [a, b] = await Promise.all([original.search({ ...query, facets: [...query.facets] }), restored.search({ ...query, facets: [...query.facets] })])
        expect({ ...b, tookMs: 0 }, q).toEqual({ ...a, tookMs: 0 })
      }
    }
    await same()
    // Writes after a restore grow the restored postings as they grow fresh ones.
    for (const search of [original, restored]) {
      await search.upsert([vi[0]!, { ...vi[2]!, title: `${vi[2]!.title} đặc biệt` }])
      await search.remove([vi[3]!.id])
    }
    await same()
  })

  it('should refuse a snapshot from another version, so the CMS reindexes instead of serving nothing', async () => {
    const original = createEmbeddedSearch()
    await original.upsert(fixtureDocuments())
    const snapshot = original.exportSnapshot()
    const otherVersion = snapshot.slice()
    new DataView(otherVersion.buffer).setUint32(8, 999, true)
    expect(() => createEmbeddedSearch({ snapshot: otherVersion })).toThrow(SearchSnapshotError)
    // Version 5 and older were JSON text.
    const json = JSON.stringify({ format: 'tieu-bieu/embedded-search', version: 5, indexes: {} })
    expect(() => createEmbeddedSearch({ snapshot: new TextEncoder().encode(json) })).toThrow(SearchSnapshotError)
    expect(() => createEmbeddedSearch({ snapshot: new TextEncoder().encode('not a snapshot') })).toThrow(SearchSnapshotError)
    expect(() => createEmbeddedSearch({ snapshot: new Uint8Array(0) })).toThrow(SearchSnapshotError)
  })

  it('should refuse a damaged snapshot rather than answer from it', async () => {
    const original = createEmbeddedSearch()
    await original.upsert(fixtureDocuments())
    const snapshot = original.exportSnapshot()
    expect(() => createEmbeddedSearch({ snapshot: snapshot.subarray(0, snapshot.length - 9) })).toThrow(SearchSnapshotError)
    expect(() => createEmbeddedSearch({ snapshot: snapshot.subarray(0, 40) })).toThrow(SearchSnapshotError)
    // The same bytes at an odd offset in a larger buffer (as a file read may give) restore as well.
    const shifted = new Uint8Array(snapshot.length + 3)
    shifted.set(snapshot, 3)
    expect(createEmbeddedSearch({ snapshot: shifted.subarray(3) }).count()).toEqual(original.count())
  })
})
