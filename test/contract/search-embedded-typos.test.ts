import { describe, expect, it } from 'vitest'
import { createEmbeddedSearch } from '../../src/search/adapters/embedded/create-embedded-search'
import { mapProduct } from '../../src/search/mappers/index'

/**
 * Embedded only: Meilisearch forgives one changed letter from four letters (`minWordSizeForTypos`)
 * and nothing below; it cannot tell a changed letter from a missing one.
 */
describe('embedded engine: typos in short words', () => {
  const now = new Date('2026-11-22T00:00:00Z')
  const product = (id: string, vi: string, en: string, description?: { vi: string; en: string }) =>
    mapProduct({ id, slug: id, name: { vi, en }, ...(description ? { description } : {}), _status: 'published' }, { now })
  const search = createEmbeddedSearch()
  const ids = async (q: string) => (await search.search({ q, locale: 'en' })).hits.map((hit) => hit.sourceId)

  it('should not read a short word with one letter changed as another word', async () => {
    await search.upsert([
      ...product('pineapple', 'Mứt thơm sấy dẻo', 'Soft-dried pineapple'),
      ...product('honey', 'Mật ong rừng', 'Forest honey'),
      ...product('tea', 'Chè búp', 'Bud green tea'),
      ...product('oil', 'Dầu dừa ép lạnh', 'Cold-pressed coconut oil'),
    ])
    // "sofa" is one changed letter from "soft": another word, not a slip.
    expect(await ids('sofa')).toEqual([])
    // A letter missing, one typed twice or two swapped is a slip, even in three letters.
    expect(await ids('hony')).toEqual(['honey'])
    expect(await ids('green teaa')).toEqual(['tea'])
    expect(await ids('green tae')).toEqual(['tea'])
    expect(await ids('coconut oli')).toEqual(['oil'])
  })

  it('should not read a short word with a letter added that doubles none as another word', async () => {
    await search.upsert([...product('pollen', 'Phấn hoa ong', 'Dried bee pollen'), ...product('shoots', 'Măng khô Ba Bể', 'Ba Be dried bamboo shoots')])
    // "beer" is "bee" and an "r": another word. Nor, on the English showroom, is it Telex for "bể".
    const beer = await search.search({ q: 'beer', locale: 'en' })
    expect(beer.totalHits).toBe(0)
    expect(beer.readAs).toBeUndefined()
  })

  it('should suggest only a spelling that finds something, a swapped pair read as one slip', async () => {
    await search.upsert(product('crab', 'Cua sống', 'Crabs kept alive'))
    // "oli" is "oil" swapped, not "old" changed.
    expect((await search.search({ q: 'coconut oli', locale: 'en' })).suggestion).toBe('coconut oil')
    // "alive" is a catalogue word one letter from "olive", but no item holds "alive oil".
    const olive = await search.search({ q: 'olive oil', locale: 'en' })
    expect(olive.totalHits).toBe(0)
    expect(olive.suggestion).toBeUndefined()
  })

  it('should search the spelling it would suggest when nothing matches and a word typed right pins it', async () => {
    await search.upsert([...product('milk', 'Sữa hạt điều', 'Cashew milk'), ...product('soap', 'Xà phòng mật ong', 'Honey soap')])
    // "milc" is one changed letter from "milk": not forgiven in four letters, but "cashew" beside it says which.
    const milk = await search.search({ q: 'cashew milc', locale: 'en' })
    expect(milk.hits.map((hit) => hit.sourceId)).toEqual(['milk'])
    expect(milk.respelledAs).toBe('cashew milk')
    expect(milk.suggestion).toBeUndefined()
    // Alone, nothing says "sofa" means "soft": offered, never searched.
    const sofa = await search.search({ q: 'sofa', locale: 'en' })
    expect(sofa.totalHits).toBe(0)
    expect(sofa.respelledAs).toBeUndefined()
    // Every word mended: nothing the buyer typed is left to pin the spelling.
    expect((await search.search({ q: 'cashaw milc', locale: 'en' })).respelledAs).toBeUndefined()
    // The spelling must name what it finds: "goat milk" is only in the candle's story.
    await search.upsert(product('candle', 'Nến sáp ong', 'Beeswax candle', { vi: 'Thơm mùi sữa dê.', en: 'Scented with goat milk.' }))
    const goat = await search.search({ q: 'goat milc', locale: 'en' })
    expect(goat.suggestion).toBe('goat milk')
    expect(goat.respelledAs).toBeUndefined()
    expect(goat.totalHits).toBe(0)
  })

  it('should not leave out a head word the catalogue holds, typed in English or with its marks', async () => {
    await search.upsert([
      // Its story says "cá trê": "trê" is a catalogue word too.
      ...product('salt', 'Muối tôm Tây Ninh', 'Tay Ninh shrimp salt', { vi: 'Chấm cá trê nướng.', en: 'For grilled catfish.' }),
      ...product('coconut', 'Dầu dừa ép lạnh Bến Tre', 'Ben Tre coconut oil'),
      ...product('shan', 'Trà Shan tuyết cây cổ thụ', 'Snow Shan tea from ancient trees'),
    ])
    // "ép" is a word of the catalogue ("ép lạnh"): "nước ép cam" (orange juice) without it is some other "nước".
    expect((await search.search({ q: 'nước ép cam', locale: 'vi' })).totalHits).toBe(0)
    // "tree" says which oil; the coconut oil, from Bến Tre, is not tea tree oil, nor is "tree" Telex for "trê".
    const tree = await search.search({ q: 'tea tree oil', locale: 'en' })
    expect(tree.totalHits).toBe(0)
    expect(tree.readAs).toBeUndefined()
  })

  it('should leave out a head word that only stories say, even typed with its marks', async () => {
    await search.upsert([
      ...product('longan-tea', 'Trà long nhãn táo đỏ', 'Longan and red date tea'),
      // "dưỡng" only in a story; folded, it is the "đường" of a palm sugar's name.
      ...product('wax', 'Sáp ong nguyên chất', 'Pure beeswax', { vi: 'Làm nến và dưỡng da.', en: 'For candles and skin care.' }),
      ...product('sugar', 'Đường thốt nốt', 'Palm sugar'),
    ])
    // "dưỡng nhan" (for the complexion) names no kind of thing the catalogue has: the longan tea.
    const tea = await search.search({ q: 'trà dưỡng nhan long nhãn', locale: 'vi' })
    expect(tea.hits.map((hit) => hit.sourceId)).toEqual(['longan-tea'])
    expect(tea.ignoredWords).toEqual(['dưỡng'])
    // A head word some item is named with still never goes ("ép" of "Dầu dừa ép lạnh").
    expect((await search.search({ q: 'trà ép long nhãn', locale: 'vi' })).totalHits).toBe(0)
  })

  it('should keep the marks of the words it did not mend', async () => {
    await search.upsert(product('fish-sauce', 'Nước mắm nhĩ', 'First-press fish sauce'))
    const result = await search.search({ q: 'nuo mắm', locale: 'vi' })
    expect(result.respelledAs).toBe('nuoc mắm')
    expect(result.hits.map((hit) => hit.sourceId)).toEqual(['fish-sauce'])
  })
})
