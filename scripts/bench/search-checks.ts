/**
 * The search benchmark's checks besides latency (scripts/bench/search.ts): known-item relevance on
 * the generated catalogue, and a producer saving products one by one while buyers search.
 */
import type { createEmbeddedSearch } from '../../src/search/adapters/embedded/create-embedded-search'
import { mapProduct } from '../../src/search/mappers/map-product'
import type { CmsProduct } from '../../src/search/mappers/cms-types'
import type { SearchQuery } from '../../src/search/types'
import { foldText } from '../../src/text/fold-text'
import { createRandom, pick } from './generate-products'

const KNOWN_ITEMS = 300
const SEED = 20261122
const NOW = new Date('2026-11-22T00:00:00Z')

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits))
}

interface KnownItemResult {
  readonly queries: number
  readonly successAt1: number
  readonly successAt10: number
  readonly mrrAt10: number
}

/**
 * Known-item relevance: search for a product the way a buyer would remember it, and see whether a
 * product of that exact name comes first or within the first page. Generated names repeat, so any
 * hit with the same title counts.
 */
export async function knownItems(
  search: ReturnType<typeof createEmbeddedSearch>,
  products: readonly CmsProduct[],
  form: 'unaccented' | 'accented' | 'typing',
): Promise<KnownItemResult> {
  const random = createRandom(SEED + 7)
  const published = products.filter((p) => p._status === 'published')
  let at1 = 0
  let at10 = 0
  let reciprocal = 0
  for (let i = 0; i < KNOWN_ITEMS; i += 1) {
    const product = pick(random, published)
    const title = (product.name as { vi: string }).vi
    const q = form === 'accented' ? title : form === 'unaccented' ? foldText(title) : foldText(title).slice(0, -2)
    const result = await search.search({ q, locale: 'vi', hitsPerPage: 10 })
    const rank = result.hits.findIndex((hit) => (form === 'typing' ? foldText(hit.title) === foldText(title) : hit.title === title))
    if (rank === 0) at1 += 1
    if (rank >= 0) {
      at10 += 1
      reciprocal += 1 / (rank + 1)
    }
  }
  return {
    queries: KNOWN_ITEMS,
    successAt1: round(at1 / KNOWN_ITEMS, 3),
    successAt10: round(at10 / KNOWN_ITEMS, 3),
    mrrAt10: round(reciprocal / KNOWN_ITEMS, 3),
  }
}

/**
 * A producer saving one product while buyers search: the save itself, and the first queries after
 * it (by name, accented, by relevance), which find whatever the save left to rebuild.
 */
export async function savesOneByOne(search: ReturnType<typeof createEmbeddedSearch>, products: readonly CmsProduct[]) {
  const saves: number[] = []
  const firstQueries: number[] = []
  const after: SearchQuery[] = [
    { q: 'tra', locale: 'vi', sort: 'name' },
    { q: 'mật ong', locale: 'vi' },
    { q: 'honey', locale: 'en' },
  ]
  for (let i = 0; i < 20; i += 1) {
    const product = products[i * 997]!
    let t0 = performance.now()
    await search.upsert(mapProduct({ ...product, name: { vi: `Sản phẩm sửa ${i}`, en: `Edited product ${i}` } } as CmsProduct, { now: NOW }))
    saves.push(performance.now() - t0)
    for (const query of after) {
      t0 = performance.now()
      await search.search(query)
      firstQueries.push(performance.now() - t0)
    }
  }
  const summary = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b)
    return { p50: round(percentile(sorted, 50)), max: round(sorted.at(-1)!) }
  }
  return { saves: summary(saves), firstQueriesAfterSave: summary(firstQueries) }
}
