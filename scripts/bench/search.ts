/**
 * Search benchmark for the embedded engine: index build time, heap, snapshot size, and latency of
 * 1,000 mixed queries (words with and without diacritics, phrases, prefixes, provinces old and new,
 * English, synonyms, browsing with filters and facets) over generated catalogues; plus a known-item
 * relevance check. Writes bench/results/search.json and prints a table.
 *
 *   npx tsx --expose-gc scripts/bench/search.ts            # 10,000 and 100,000 products
 *   npx tsx --expose-gc scripts/bench/search.ts --sizes=10000
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createEmbeddedSearch } from '../../src/search/adapters/embedded/create-embedded-search'
import { mapProduct } from '../../src/search/mappers/map-product'
import type { FacetName, SearchDocument, SearchQuery, SearchSort } from '../../src/search/types'
import { foldText } from '../../src/text/fold-text'
import { createRandom, GROUPS, generateProducts, pick, PRODUCT_KINDS, PROVINCES, QUALITIES } from './generate-products'
import { knownItems, savesOneByOne } from './search-checks'

const QUERY_COUNT = 1_000
const SEED = 20261122
const FACETS: FacetName[] = ['kind', 'productGroup', 'province', 'awardLevel', 'awardYear']
const NOW = new Date('2026-11-22T00:00:00Z')

type Category = 'unaccented' | 'accented' | 'phrase' | 'prefix' | 'province' | 'english' | 'synonym' | 'browse'
interface BenchQuery {
  readonly category: Category
  readonly query: SearchQuery
}

const gc = (globalThis as { gc?: () => void }).gc
/** The JS heap and, apart, the typed arrays' buffers (postings, per-document numbers), which live outside it. */
function memoryMb(): { heap: number; arrayBuffers: number } {
  gc?.()
  gc?.()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return { heap: heapUsed / 2 ** 20, arrayBuffers: arrayBuffers / 2 ** 20 }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits))
}

export function buildQueries(count: number, seed: number): BenchQuery[] {
  const random = createRandom(seed)
  const queries: BenchQuery[] = []
  const categories: Category[] = ['unaccented', 'unaccented', 'accented', 'phrase', 'prefix', 'prefix', 'province', 'english', 'synonym', 'browse']
  for (let i = 0; i < count; i += 1) {
    const category = pick(random, categories)
    const [kindVi, kindEn] = pick(random, PRODUCT_KINDS)
    const [qualityVi] = pick(random, QUALITIES)
    const province = pick(random, PROVINCES)
    let q = ''
    let locale: 'vi' | 'en' = 'vi'
    if (category === 'unaccented') q = foldText(kindVi)
    if (category === 'accented') q = kindVi
    if (category === 'phrase') q = foldText(`${kindVi} ${qualityVi}`)
    if (category === 'prefix') {
      const text = foldText(kindVi)
      q = text.slice(0, Math.max(2, Math.ceil(text.length * (0.4 + random() * 0.5))))
    }
    if (category === 'province') q = random() < 0.5 && province.formerNames.length > 0 ? pick(random, province.formerNames) : foldText(province.name)
    if (category === 'english') {
      locale = 'en'
      q = random() < 0.2 ? kindEn.toLowerCase().replace(/e/, '') : kindEn.toLowerCase()
    }
    if (category === 'synonym') q = pick(random, ['dua', 'thom', 'tra', 'honey', 'pineapple', 'gom su', 'silk', 'ca phe'])
    const withFacets = category === 'browse' || random() < 0.6
    const filterRoll = random()
    const filters: SearchQuery['filters'] =
      category === 'browse' || filterRoll < 0.35
        ? pick(random, [
            { province: [random() < 0.5 && province.formerNames.length > 0 ? province.formerNames[0]! : province.name] },
            { awardLevel: ['national' as const] },
            { productGroup: [pick(random, GROUPS).name[locale]] },
            { awardYear: [2013 + 2 * Math.floor(random() * 7)] },
            { certification: ['ocop-4'] },
          ])
        : {}
    const sortRoll = random()
    const sort: SearchSort = sortRoll < 0.8 ? 'relevance' : sortRoll < 0.9 ? 'name' : 'newestAward'
    queries.push({
      category,
      query: { q, locale, filters, sort, page: random() < 0.05 ? 2 : 1, hitsPerPage: 20, facets: withFacets ? FACETS : [] },
    })
  }
  return queries
}

async function runSize(size: number) {
  const products = generateProducts(size, SEED)

  let started = performance.now()
  const documents: SearchDocument[] = products.flatMap((product) => mapProduct(product, { now: NOW }))
  const mapMs = performance.now() - started
  // After mapping: the documents are the caller's (kept for the count below), not the index's.
  const before = memoryMb()

  // The result cache is off here, so every query pays the engine's full cost; the cached figures
  // (repeated queries answered from memory) are measured separately on the restored copy below.
  const search = createEmbeddedSearch({ resultCacheSize: 0 })
  started = performance.now()
  await search.upsert(documents)
  const buildMs = performance.now() - started
  started = performance.now()
  await search.prepare()
  const prepareMs = performance.now() - started
  const after = memoryMb()

  // The way the server builds it: from the database, 250 products (500 documents) at a time.
  started = performance.now()
  const batched = createEmbeddedSearch({ resultCacheSize: 0 })
  for (let i = 0; i < documents.length; i += 500) await batched.upsert(documents.slice(i, i + 500))
  const batchedBuildMs = performance.now() - started
  await batched.clear()

  started = performance.now()
  const snapshot = search.exportSnapshot()
  const exportMs = performance.now() - started
  started = performance.now()
  const restored = createEmbeddedSearch({ snapshot })
  const restoreMs = performance.now() - started
  await restored.prepare()
  const snapshotMb = Buffer.byteLength(snapshot) / 2 ** 20

  const queries = buildQueries(QUERY_COUNT, SEED + size)
  // Warm up the JIT on a separate draw so the measured queries are not the first runs.
  for (const { query } of buildQueries(100, SEED - 1)) await search.search(query)
  const latencies: number[] = []
  const byCategory = new Map<Category, number[]>()
  let totalHits = 0
  for (const { category, query } of queries) {
    const t0 = performance.now()
    const result = await search.search(query)
    const elapsed = performance.now() - t0
    totalHits += result.totalHits
    latencies.push(elapsed)
    byCategory.set(category, [...(byCategory.get(category) ?? []), elapsed])
  }
  const sorted = [...latencies].sort((a, b) => a - b)
  const stats = (values: number[]) => {
    const s = [...values].sort((a, b) => a - b)
    return { count: s.length, p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), p99: round(percentile(s, 99)) }
  }

  // The same queries with the default result cache: what a server sees once popular queries repeat.
  for (const { query } of buildQueries(100, SEED - 1)) await restored.search(query)
  const cachedLatencies: number[] = []
  for (const { query } of queries) {
    const t0 = performance.now()
    await restored.search(query)
    cachedLatencies.push(performance.now() - t0)
  }
  cachedLatencies.sort((a, b) => a - b)
  const withResultCache = {
    p50: round(percentile(cachedLatencies, 50)),
    p95: round(percentile(cachedLatencies, 95)),
    p99: round(percentile(cachedLatencies, 99)),
  }

  const afterSaves = await savesOneByOne(search, products)

  const relevance = {
    unaccented: await knownItems(search, products, 'unaccented'),
    accented: await knownItems(search, products, 'accented'),
    typing: await knownItems(search, products, 'typing'),
  }

  return {
    products: size,
    documents: documents.length,
    mapMs: round(mapMs),
    buildMs: round(buildMs),
    batchedBuildMs: round(batchedBuildMs),
    prepareMs: round(prepareMs),
    heapMb: round(after.heap - before.heap, 1),
    arrayBuffersMb: round(after.arrayBuffers - before.arrayBuffers, 1),
    snapshotMb: round(snapshotMb, 1),
    exportMs: round(exportMs),
    restoreMs: round(restoreMs),
    queries: {
      count: latencies.length,
      meanTotalHits: round(totalHits / latencies.length, 1),
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted.at(-1)!),
      byCategory: Object.fromEntries([...byCategory].map(([category, values]) => [category, stats(values)])),
      withResultCache,
    },
    afterSaves,
    relevance,
  }
}

async function main(): Promise<void> {
  const sizesArg = process.argv.find((arg) => arg.startsWith('--sizes='))
  const sizes = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : [10_000, 100_000]
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) throw new Error(`--sizes takes whole numbers, e.g. --sizes=10000,100000 (got ${sizesArg})`)
  if (!gc) console.warn('heap figures are approximate: run with `npx tsx --expose-gc scripts/bench/search.ts` for a GC before each reading')

  const runs = []
  for (const size of sizes) {
    console.log(`building and querying ${size.toLocaleString('en')} products…`)
    runs.push(await runSize(size))
  }

  const table = runs.map((run) => ({
    products: run.products,
    documents: run.documents,
    'map ms': run.mapMs,
    'build ms': run.buildMs,
    'batched build ms': run.batchedBuildMs,
    'prepare ms': run.prepareMs,
    'heap MB': run.heapMb,
    'buffers MB': run.arrayBuffersMb,
    'snapshot MB': run.snapshotMb,
    'restore ms': run.restoreMs,
    'p50 ms': run.queries.p50,
    'p95 ms': run.queries.p95,
    'p99 ms': run.queries.p99,
    'p95 cached': run.queries.withResultCache.p95,
    'known item @1 (unaccented)': run.relevance.unaccented.successAt1,
    '@10 (typing)': run.relevance.typing.successAt10,
    'save p50/max ms': `${run.afterSaves.saves.p50} / ${run.afterSaves.saves.max}`,
    'query after save p50/max': `${run.afterSaves.firstQueriesAfterSave.p50} / ${run.afterSaves.firstQueriesAfterSave.max}`,
  }))
  console.table(table)
  for (const run of runs) {
    console.log(`\nlatency by query kind, ${run.products.toLocaleString('en')} products (ms):`)
    console.table(run.queries.byCategory)
  }

  const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../bench/results/search.json')
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        benchmark: 'search (embedded engine)',
        measuredAt: new Date().toISOString(),
        node: process.version,
        machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, totalMemGb: round(os.totalmem() / 2 ** 30, 1) },
        heapMeasuredAfterGc: Boolean(gc),
        queriesPerSize: QUERY_COUNT,
        runs,
      },
      null,
      2,
    )}\n`,
  )
  console.log(`\nwrote ${out}`)
}

// Run when started as a script; profiling scripts import buildQueries only.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
