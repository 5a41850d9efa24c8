/**
 * Site benchmark. Against the production build (dist/), on the demo data and on a generated
 * catalogue of 10,000 products, it measures:
 *   - server render time p50/p95 (the Server-Timing the middleware reports, and wall time on
 *     loopback) of the home, product, brand and fair-calendar pages;
 *   - gzipped bytes on the wire per page type: HTML with its inline CSS and JS, plus the scripts
 *     a page loads — module scripts such as the enquiry form's <enquiry-form> element, and the
 *     component and renderer of React islands — with what they import (images excluded);
 *   - Lighthouse performance and accessibility of the product page on mobile settings, in
 *     Debian's Chromium (through `npx lighthouse`; skipped with a note when it cannot run).
 * Writes bench/results/site.json and prints a table.
 *
 *   npx astro build && npx tsx scripts/bench/site.ts                 # demo and 10,000 products
 *   npx tsx scripts/bench/site.ts --datasets=demo --runs=100 --no-lighthouse
 *
 * Databases are kept in data/bench/ (the 10,000-product one takes about ten minutes to make).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pageFetcher } from './site/fetch-page'
import { bytesPerPage } from './site/page-weight'

const ROOT = path.resolve(import.meta.dirname, '../..')
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const RUNS = Number(arg('runs') ?? 200)
const WARMUP = 15
const DATASETS = (arg('datasets') ?? 'demo,10000').split(',')
const LIGHTHOUSE = !process.argv.includes('--no-lighthouse')
const PORT = Number(arg('port') ?? 4610)
const SECRET = 'bench-secret-0123456789abcdef0123456789'
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

type Env = Record<string, string>

function run(command: string, args: string[], env: Env, quiet = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
      if (!quiet) process.stdout.write(d)
    })
    child.stderr.on('data', (d) => {
      out += d
      if (!quiet) process.stderr.write(d)
    })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${out.slice(-2000)}`))))
  })
}

/** tsx on the same Node as this script (Node 24). */
const tsx = (script: string, args: string[], env: Env) => run(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), script, ...args], env)

function datasetEnv(name: string): Env {
  const dir = path.join(ROOT, 'data/bench', `site-${name}`)
  return {
    DATABASE_URL: `file:${path.join(dir, 'showroom.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    MAIL_DIR: path.join(dir, 'mail'),
    PAYLOAD_SECRET: SECRET,
    NODE_ENV: 'production',
    SEED_DEMO: 'true',
    SITE_URL: `http://127.0.0.1:${PORT}`,
    CMS_URL: 'http://127.0.0.1:3610',
  }
}

async function prepare(name: string): Promise<Env> {
  const env = datasetEnv(name)
  const db = env.DATABASE_URL!.replace(/^file:/, '')
  // Rebuilt when the migrations change (a database made under other migrations will not open).
  const marker = `${db}.ready`
  const signature = createHash('sha1')
    .update(readFileSync(path.join(ROOT, 'cms/migrations/index.ts')))
    .update(readFileSync(path.join(ROOT, 'scripts/bench/site/generate-showroom.ts')))
    .digest('hex')
  if (existsSync(marker) && readFileSync(marker, 'utf8') === signature) return env
  rmSync(path.dirname(db), { recursive: true, force: true })
  mkdirSync(path.dirname(db), { recursive: true })
  console.log(`\n— preparing the ${name} database (demo seed${name === 'demo' ? '' : ` + ${name} generated products`}) —`)
  await tsx('scripts/prepare-database.ts', [], env)
  if (name !== 'demo') await tsx('scripts/bench/site/generate-showroom.ts', [`--products=${name}`], env)
  writeFileSync(marker, signature)
  return env
}

async function startSite(env: Env): Promise<ChildProcess> {
  const entry = path.join(ROOT, 'dist/server/entry.mjs')
  if (!existsSync(entry)) throw new Error('No production build: run `npx astro build` first.')
  const child = spawn(process.execPath, [entry], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(PORT), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/robots.txt`)).ok) return child
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  child.kill()
  throw new Error('The site did not start within 60 s')
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

const base = () => `http://127.0.0.1:${PORT}`

const get = pageFetcher(base)

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN
}
const round = (n: number, digits = 1) => Number(n.toFixed(digits))

/** The sitemap's text; past SITEMAP_MAX_URLS it is an index, so its parts are read and joined. */
async function sitemapText(): Promise<string> {
  const xml = new TextDecoder().decode((await get('/sitemap.xml')).body)
  if (!xml.includes('<sitemapindex')) return xml
  const parts = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
  const texts = await Promise.all(parts.map(async (part) => new TextDecoder().decode((await get(part)).body)))
  return texts.join('\n')
}

/** Slugs of products, brands and fairs, from the sitemap. */
async function sample(): Promise<{ products: string[]; brands: string[]; fairs: string[] }> {
  const xml = await sitemapText()
  const locs = [...xml.matchAll(/<loc>[^<]*?\/(san-pham|thuong-hieu|hoi-cho)\/([^<]+)<\/loc>/g)]
  const of = (section: string) => [...new Set(locs.filter((m) => m[1] === section).map((m) => m[2]!))]
  const spread = (items: string[], n: number) => items.filter((_, i) => i % Math.max(1, Math.floor(items.length / n)) === 0).slice(0, n)
  return { products: spread(of('san-pham'), 60), brands: spread(of('thuong-hieu'), 40), fairs: of('hoi-cho') }
}

async function timings(slugs: Awaited<ReturnType<typeof sample>>) {
  const cycle =
    <T>(items: T[]) =>
    (i: number) =>
      items[i % items.length]!
  const pages: Record<string, (i: number) => string> = {
    home: cycle(['/', '/en/']),
    product: (i) => `${i % 2 ? '/en/products/' : '/san-pham/'}${cycle(slugs.products)(i)}`,
    brand: (i) => `${i % 2 ? '/en/brands/' : '/thuong-hieu/'}${cycle(slugs.brands)(i)}`,
    'fair calendar': cycle(['/hoi-cho', '/en/fairs?view=month', '/hoi-cho?view=month', '/en/fairs']),
  }
  const result: Record<string, { serverP50: number; serverP95: number; wallP50: number; wallP95: number; runs: number }> = {}
  for (const [name, url] of Object.entries(pages)) {
    for (let i = 0; i < WARMUP; i += 1) await get(url(i))
    const server: number[] = []
    const wall: number[] = []
    for (let i = 0; i < RUNS; i += 1) {
      const r = await get(url(i))
      if (r.res.status !== 200) throw new Error(`${url(i)} answered ${r.res.status}`)
      server.push(r.server)
      wall.push(r.wall)
    }
    result[name] = {
      serverP50: round(percentile(server, 50)),
      serverP95: round(percentile(server, 95)),
      wallP50: round(percentile(wall, 50)),
      wallP95: round(percentile(wall, 95)),
      runs: RUNS,
    }
  }
  return result
}

async function lighthouse(url: string) {
  const out = path.join(os.tmpdir(), `lighthouse-site-${process.pid}.json`)
  try {
    // `npx` fetches Lighthouse into npm's cache (not the project) the first time.
    await run(
      'npx',
      [
        '--yes',
        'lighthouse@13.5.0',
        url,
        '--only-categories=performance,accessibility',
        '--form-factor=mobile',
        '--throttling-method=simulate',
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ],
      {
        CHROME_PATH: CHROMIUM,
        PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
      },
      true,
    )
    const report = JSON.parse(readFileSync(out, 'utf8'))
    const audit = (id: string) => report.audits[id]?.numericValue
    return {
      tool: `lighthouse ${report.lighthouseVersion}`,
      browser: report.environment?.hostUserAgent,
      settings: { formFactor: report.configSettings.formFactor, throttling: report.configSettings.throttlingMethod },
      performance: Math.round(report.categories.performance.score * 100),
      accessibility: Math.round(report.categories.accessibility.score * 100),
      firstContentfulPaintMs: round(audit('first-contentful-paint')),
      largestContentfulPaintMs: round(audit('largest-contentful-paint')),
      totalBlockingTimeMs: round(audit('total-blocking-time')),
      cumulativeLayoutShift: round(audit('cumulative-layout-shift'), 3),
      speedIndexMs: round(audit('speed-index')),
    }
  } catch (error) {
    return { skipped: `Lighthouse could not run: ${(error as Error).message.split('\n')[0]}` }
  } finally {
    rmSync(out, { force: true })
  }
}

async function main() {
  const results: Record<string, unknown> = {}
  const loadBefore = os.loadavg().map((n) => round(n, 2))
  for (const dataset of DATASETS) {
    const env = await prepare(dataset)
    const site = await startSite(env)
    try {
      const slugs = await sample()
      console.log(`\n— ${dataset}: ${slugs.products.length} sampled products, ${slugs.brands.length} brands, ${slugs.fairs.length} fairs —`)
      const render = await timings(slugs)
      const bytes = await bytesPerPage(get, slugs)
      const lh = LIGHTHOUSE && dataset === DATASETS[0] ? await lighthouse(`${base()}/san-pham/${slugs.products[0]}`) : undefined
      results[dataset] = { render, bytes, ...(lh ? { lighthouse: lh } : {}) }
      console.table(
        Object.fromEntries(
          Object.entries(render).map(([k, v]) => [
            k,
            { 'server p50 ms': v.serverP50, 'server p95 ms': v.serverP95, 'wall p50 ms': v.wallP50, 'wall p95 ms': v.wallP95 },
          ]),
        ),
      )
      console.table(
        Object.fromEntries(
          Object.entries(bytes).map(([k, v]) => [
            k,
            {
              'HTML+CSS+JS gz': v.totalGzip,
              'HTML (inline CSS, JS) gz': v.htmlGzip,
              'CSS gz': v.cssGzip,
              'JS gz': v.jsGzip,
              'inline JS gz': v.inlineJsGzip,
              'script JS gz': v.scriptJsGzip,
            },
          ]),
        ),
      )
      if (lh) console.log('Lighthouse (product page, mobile):', lh)
    } finally {
      await stop(site)
    }
  }
  const file = path.join(ROOT, 'bench/results/site.json')
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: {
          cpus: os.cpus().length,
          cpu: os.cpus()[0]?.model,
          memoryGiB: round(os.totalmem() / 2 ** 30),
          node: process.version,
          platform: `${os.platform()} ${os.release()}`,
          // Other work on the machine inflates the times: the 1/5/15-minute load averages.
          loadAverage: { before: loadBefore, after: os.loadavg().map((n) => round(n, 2)) },
        },
        method: {
          render: `Sequential GETs on loopback to the production build (node dist/server/entry.mjs), ${WARMUP} warm-up then ${RUNS} per page type, alternating Vietnamese and English and sampling products and brands across the catalogue. "server" is the Server-Timing the middleware measures around the whole render; "wall" adds the HTTP round trip.`,
          bytes:
            "htmlGzip = response body as sent with Accept-Encoding: gzip (HTML with its inline CSS and inline JS); CSS and inline JS also gzipped on their own for the split; scriptJsGzip = every script the page loads, each gzipped with what it imports: module scripts (the enquiry form's <enquiry-form> element loads at once) and islands' component and renderer (loaded on hydration, e.g. client:visible); jsGzip = inline + loaded JS; totalGzip = htmlGzip + scriptJsGzip. Images excluded.",
          lighthouse:
            'Lighthouse mobile defaults (simulated slow 4G, 4x CPU slowdown, Moto G Power screen) in Debian Chromium, headless, on the product page of the first dataset.',
        },
        results,
      },
      null,
      2,
    )}\n`,
  )
  console.log(`\nWrote ${path.relative(ROOT, file)}`)
}

await main()
