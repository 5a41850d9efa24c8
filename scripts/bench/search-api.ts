/**
 * Latency of the public search endpoint, GET /api/search.
 *
 *  1. In-process, at catalogue scale: the endpoint's handler (src/search/http/handle-search-request.ts:
 *     URL parsing and checks, the search, JSON out) over a generated catalogue in the embedded
 *     engine, with the result cache off (every query pays full price) and on (the default).
 *     A built site holding a generated 10,000-product index would need those products in its
 *     database too (it rebuilds from it at start), so scale is measured here rather than over HTTP.
 *  2. Over HTTP, with `--url=http://127.0.0.1:4700`: autocannon against a running built site (the
 *     demo showroom), which adds Astro, the middleware and the socket to the figures above.
 *
 * Writes bench/results/search-api.json.
 *
 *   npx tsx --expose-gc scripts/bench/search-api.ts [--sizes=10000,100000 (default)] [--url=http://127.0.0.1:4700] [--duration=10]
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { createEmbeddedSearch } from '../../src/search/adapters/embedded/create-embedded-search'
import { handleSearchRequest } from '../../src/search/http/handle-search-request'
import { mapProduct } from '../../src/search/mappers/map-product'
import { foldText } from '../../src/text/fold-text'
import { createRandom, GROUPS, generateProducts, pick, PRODUCT_KINDS, PROVINCES, QUALITIES } from './generate-products'

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string | undefined]))
const SIZES = (args.sizes ?? '10000,100000').split(',').map(Number)
const QUERIES = 1_000
const NOW = new Date('2026-11-22T00:00:00Z')
const round = (n: number, digits = 2) => Number(n.toFixed(digits))

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1)!),
  }
}

/** Query strings as the island sends them: words, prefixes, provinces, English, filters, facets. */
function buildUrls(count: number, seed: number): string[] {
  const random = createRandom(seed)
  const urls: string[] = []
  for (let i = 0; i < count; i += 1) {
    const [kindVi, kindEn] = pick(random, PRODUCT_KINDS)
    const [qualityVi] = pick(random, QUALITIES)
    const province = pick(random, PROVINCES)
    const roll = random()
    const params = new URLSearchParams()
    if (roll < 0.3) params.set('q', foldText(kindVi))
    else if (roll < 0.45) params.set('q', kindVi)
    else if (roll < 0.6) params.set('q', foldText(kindVi).slice(0, 2 + Math.floor(random() * 6)))
    else if (roll < 0.7) params.set('q', foldText(`${kindVi} ${qualityVi}`))
    else if (roll < 0.8) params.set('q', province.formerNames[0] ?? province.name)
    else if (roll < 0.9) {
      params.set('q', kindEn.toLowerCase())
      params.set('locale', 'en')
    } else {
      params.set('q', '')
      params.set('productGroup', pick(random, GROUPS).name.vi)
    }
    if (random() < 0.3) params.append('province', province.name)
    params.set('hitsPerPage', '8')
    params.set('facets', 'kind,province,productGroup')
    urls.push(`/api/search?${params}`)
  }
  return urls
}

async function inProcess(size: number) {
  const documents = generateProducts(size, 20261122).flatMap((product) => mapProduct(product, { now: NOW }))
  const cold = createEmbeddedSearch({ resultCacheSize: 0 })
  await cold.upsert(documents)
  const cached = createEmbeddedSearch({ snapshot: cold.exportSnapshot() })
  const urls = buildUrls(QUERIES, 99)
  const measure = async (search: typeof cold) => {
    const deps = { search: (query: Parameters<typeof cold.search>[0]) => search.search(query), ready: () => true }
    for (const url of buildUrls(100, 98)) await (await handleSearchRequest(new URL(url, 'http://bench'), deps)).text()
    const times: number[] = []
    let bytes = 0
    for (const url of urls) {
      const started = performance.now()
      const response = await handleSearchRequest(new URL(url, 'http://bench'), deps)
      bytes += (await response.text()).length
      times.push(performance.now() - started)
    }
    return { ...stats(times), meanResponseBytes: Math.round(bytes / urls.length) }
  }
  return { products: size, documents: documents.length, resultCacheOff: await measure(cold), resultCacheOn: await measure(cached) }
}

async function overHttp(base: string, duration: number) {
  const queries = [
    'mat ong',
    'mật ong',
    'keo dua',
    'kẹo dứa',
    'ca phe',
    'gom bat trang',
    'Bình Dương',
    'bac kan',
    'nuoc ma',
    'dế',
    'dê',
    'tra',
    'honey',
    'fish sauce',
    'son mai',
    'thổ cẩm',
    'banh tra',
    'may say',
    'long an',
    'hat dieu',
  ]
  const requests = queries.flatMap((q) => [
    { method: 'GET' as const, path: `/api/search?${new URLSearchParams({ q, hitsPerPage: '8', facets: 'kind,province,productGroup' })}` },
    { method: 'GET' as const, path: `/api/search?${new URLSearchParams({ q, locale: 'en', hitsPerPage: '8' })}` },
  ])
  const result = await autocannon({ url: base, connections: 4, duration, requests })
  return {
    url: base,
    connections: 4,
    durationSeconds: duration,
    distinctUrls: requests.length,
    requestsPerSecond: round(result.requests.average, 1),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
    non2xx: result.non2xx,
    errors: result.errors,
  }
}

const runs = []
for (const size of SIZES) {
  console.log(`in-process handler, ${size.toLocaleString('en')} products…`)
  runs.push(await inProcess(size))
}
console.table(
  runs.map((r) => ({
    products: r.products,
    'p50 ms': r.resultCacheOff.p50,
    'p95 ms': r.resultCacheOff.p95,
    'p99 ms': r.resultCacheOff.p99,
    'cached p95 ms': r.resultCacheOn.p95,
    'bytes/answer': r.resultCacheOff.meanResponseBytes,
  })),
)
let http: Awaited<ReturnType<typeof overHttp>> | { skipped: string }
if (args.url) {
  console.log(`autocannon against ${args.url}…`)
  http = await overHttp(args.url, Number(args.duration ?? 10))
  console.log(http)
} else {
  http = { skipped: 'no --url given: start a built site (see the file comment) and pass --url=http://127.0.0.1:<port>' }
  console.log(`HTTP: ${http.skipped}`)
}

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/results/search-api.json')
mkdirSync(path.dirname(out), { recursive: true })
writeFileSync(
  out,
  `${JSON.stringify({ benchmark: 'GET /api/search latency', measuredAt: new Date().toISOString(), node: process.version, machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map((n) => round(n)) }, queriesPerSize: QUERIES, inProcess: runs, http }, null, 2)}\n`,
)
console.log(`wrote ${out}`)
process.exit(0)
