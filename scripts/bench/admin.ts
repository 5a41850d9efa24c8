/**
 * How long a producer waits for the admin pages it uses every day, on the demo data, in Chromium:
 * the dashboard (its home visible), the product list (rows visible) and a product's edit page
 * (the name field ready to type in), at phone size (390×844). Each page is loaded several times in
 * a signed-in browser; the first load of each is a warm-up (the server's first render of a route),
 * the median and worst of the rest are reported. Target: usable within 1.5 s. Uses the production
 * builds (`npm run build` first) and a fresh demo database. Writes bench/results/admin.json.
 *
 *   npx tsx scripts/bench/admin.ts [--loads=7]
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Page } from 'playwright'

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string | undefined]))
const LOADS = Number(args.loads ?? 7)
const CMS_PORT = 3910
const SITE_PORT = 4910
const CMS = `http://127.0.0.1:${CMS_PORT}`
const PRODUCER = 'keo-khom-ben-luc@tieubieu.local'
const TARGET_MS = 1500
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function startServers(dir: string): Promise<ChildProcess> {
  const child = spawn('tsx', ['scripts/start.ts', '--no-build'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: `file:${dir}/db.sqlite`,
      MEDIA_DIR: `${dir}/media`,
      MAIL_DIR: `${dir}/mail`,
      SEARCH_SNAPSHOT_DIR: `${dir}/search`,
      PAYLOAD_SECRET: 'bench-admin-0123456789abcdef0123456789',
      SEED_DEMO: 'true',
      CMS_PORT: String(CMS_PORT),
      SITE_PORT: String(SITE_PORT),
      CMS_URL: CMS,
      SITE_URL: `http://127.0.0.1:${SITE_PORT}`,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  const deadline = Date.now() + 600_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${CMS}/admin/login`)).ok) return child
    } catch {
      // not listening yet
    }
    await sleep(500)
  }
  throw new Error('the admin did not start within 10 minutes')
}

/** Milliseconds from navigation until `ready` resolves. */
async function timeLoad(page: Page, url: string, ready: (page: Page) => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await page.goto(url, { waitUntil: 'commit' })
  await ready(page)
  return Math.round(performance.now() - started)
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'tieubieu-bench-admin-'))
const servers = await startServers(dir)
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' })
  await page.goto(`${CMS}/admin/login`)
  await page.fill('input[name=email]', PRODUCER)
  await page.fill('input[name=password]', 'demo1234')
  await page.click('button[type=submit]')
  await page.waitForSelector('[data-producer-home]', { timeout: 120_000 })
  const login = await page.request.post(`${CMS}/api/users/login`, { data: { email: PRODUCER, password: 'demo1234' } })
  const token = (await login.json()).token as string
  const products = await page.request.get(`${CMS}/api/products?depth=0&limit=1&draft=true`, { headers: { Authorization: `JWT ${token}` } })
  const productId = (await products.json()).docs[0].id
  const pages: Record<string, { url: string; ready: (page: Page) => Promise<unknown> }> = {
    dashboard: { url: `${CMS}/admin`, ready: (p) => p.waitForSelector('[data-producer-home] [data-home-link="products"]', { timeout: 60_000 }) },
    productList: { url: `${CMS}/admin/collections/products`, ready: (p) => p.waitForSelector('table tbody tr', { timeout: 60_000 }) },
    productEdit: {
      url: `${CMS}/admin/collections/products/${productId}`,
      ready: (p) => p.waitForSelector('#field-name:not([disabled])', { timeout: 60_000 }),
    },
  }
  const results: Record<string, { medianMs: number; worstMs: number; loadsMs: number[]; warmUpMs: number; withinTarget: boolean }> = {}
  for (const [name, { url, ready }] of Object.entries(pages)) {
    const warmUpMs = await timeLoad(page, url, ready)
    const loadsMs: number[] = []
    for (let i = 0; i < LOADS; i += 1) loadsMs.push(await timeLoad(page, url, ready))
    const medianMs = median(loadsMs)
    results[name] = { medianMs, worstMs: Math.max(...loadsMs), loadsMs, warmUpMs, withinTarget: medianMs <= TARGET_MS }
    console.log(`${name.padEnd(12)} median ${medianMs} ms, worst ${Math.max(...loadsMs)} ms (warm-up ${warmUpMs} ms)`)
  }
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(
    'bench/results/admin.json',
    `${JSON.stringify(
      {
        benchmark: 'admin pages a producer uses, time until usable (Chromium, 390×844, production build, demo data)',
        measuredAt: new Date().toISOString(),
        node: process.version,
        machine: { cpus: os.cpus().length, loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))) },
        targetMs: TARGET_MS,
        loads: LOADS,
        results,
      },
      null,
      2,
    )}\n`,
  )
  console.log('wrote bench/results/admin.json')
} finally {
  await browser.close()
  // The start script runs both servers in its process group: stop them all.
  if (servers.pid) process.kill(-servers.pid, 'SIGTERM')
  await sleep(1000)
  rmSync(dir, { recursive: true, force: true })
}
