/**
 * Enquiry benchmark against the built site (dist/), on loopback, with a fresh demo database:
 *  1. load — autocannon posts enquiries (each with its own idempotency key) for a fixed time, with
 *     the rate limits raised; requests per second and latency percentiles; then every acknowledged
 *     enquiry is looked up in the database: it must be there exactly once;
 *  2. chaos — clients submit continuously (retrying a failed request with the same key, as the form
 *     does) while the site's process is killed with SIGKILL and restarted several times; reports
 *     acknowledged, stored, lost and duplicated.
 * Writes bench/results/enquiries.json. Uses the site build in dist/ (builds it when missing).
 *
 *   npx tsx scripts/bench/enquiries.ts [--duration=20] [--connections=10] [--kills=5] [--dist=dist] [--skip-chaos]
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { run } from '../lib/processes'
import { storedEnquiries } from './enquiries/stored-enquiries'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string | undefined]))
const DURATION = Number(args.duration ?? 20)
const CONNECTIONS = Number(args.connections ?? 10)
const KILLS = Number(args.kills ?? 5)
const DIST = path.resolve(ROOT, args.dist ?? 'dist')
const PORT = Number(args.port ?? 4480)
const BASE = `http://127.0.0.1:${PORT}`
// Issue 14: sustained ≥ 150 req/s with p99 ≤ 150 ms on this (shared, two-core) machine.
const TARGET = { rps: 150, p99Ms: 150 }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const round = (n: number, digits = 1) => Number(n.toFixed(digits))
const LOAD_AT_START = os.loadavg().map((l) => round(l, 2))
/** A restart on a shared, loaded machine can take minutes (the first start measured 62 s at load 22). */
const START_LIMIT_MS = Number(args['start-limit'] ?? 300) * 1000

if (!existsSync(path.join(DIST, 'server/entry.mjs'))) {
  console.log(`No site build at ${path.relative(ROOT, DIST)}: building it…`)
  await run('astro', ['build', '--outDir', DIST], { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' })
}

const work = mkdtempSync(path.join(ROOT, 'data', 'bench-enquiries-'))
const dbFile = path.join(work, 'bench.db')
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: `file:${dbFile}`,
  MEDIA_DIR: path.join(work, 'media'),
  MAIL_DIR: path.join(work, 'mail'),
  PAYLOAD_SECRET: 'bench-secret-0123456789abcdef0123456789',
  SEED_DEMO: 'true',
  SITE_URL: BASE,
  SITE_PORT: String(PORT),
  PORT: String(PORT),
  HOST: '127.0.0.1',
  // The run measures intake: the limits are raised, as the issue asks.
  ENQUIRY_LIMIT_PER_IP: '1000000000',
  ENQUIRY_LIMIT_PER_EMAIL: '1000000000',
  JOBS_AUTORUN: 'false',
}

function runToEnd(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${file} exited with ${code}`))))
  })
}

type Server = { child: ChildProcess; exited: Promise<void> }

async function startServer(): Promise<Server & { readyMs: number }> {
  const started = Date.now()
  const child = spawn(process.execPath, [path.join(DIST, 'server/entry.mjs')], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)))
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the site stopped while starting:\n${stderr}`)
    try {
      // The first enquiry-shaped request also loads Payload, so "ready" means ready to accept one.
      const response = await fetch(`${BASE}/api/enquiries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
        signal: AbortSignal.timeout(10_000),
      })
      if (response.status === 400) return { child, exited, readyMs: Date.now() - started }
    } catch {
      // not listening yet
    }
    if (Date.now() - started > START_LIMIT_MS) throw new Error(`the site did not start within ${START_LIMIT_MS / 1000} s:\n${stderr}`)
    await sleep(100)
  }
}

async function stopServer(server: Server, signal: NodeJS.Signals = 'SIGTERM') {
  server.child.kill(signal)
  await server.exited
}

const stored = storedEnquiries(dbFile)

let products: number[] = []
let counter = 0
function enquiryFor(key: string): string {
  counter += 1
  return JSON.stringify({
    product: String(products[counter % products.length]),
    name: `Người mua ${counter}`,
    company: 'Công ty Thử tải',
    buyerType: 'distributor',
    country: 'Việt Nam',
    email: `buyer${counter % 5000}@bench.example`,
    phone: '0912 345 678',
    quantity: 100 + (counter % 900),
    unit: 'thùng',
    market: 'Hà Nội',
    message: 'Xin báo giá sỉ, giao hàng trong 30 ngày, đóng thùng 24 hũ. Please quote FOB Hải Phòng.',
    language: counter % 3 ? 'vi' : 'en',
    consent: true,
    idempotencyKey: key,
  })
}

async function loadRun() {
  const acknowledged: string[] = []
  const statuses: Record<number, number> = {}
  const options = {
    url: `${BASE}/api/enquiries`,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: 'POST' as const,
        setupRequest: (request: Record<string, unknown>, context: Record<string, unknown>) => {
          const key = randomUUID()
          context.key = key
          return { ...request, headers: { 'content-type': 'application/json', accept: 'application/json' }, body: enquiryFor(key) }
        },
        onResponse: (status: number, _body: string, context: Record<string, unknown>) => {
          statuses[status] = (statuses[status] ?? 0) + 1
          if (status === 201) acknowledged.push(String(context.key))
        },
      },
    ],
  }
  const result = await autocannon(options as autocannon.Options)
  await sleep(500)
  return {
    connections: CONNECTIONS,
    durationS: DURATION,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: round(result.latency.mean, 2) },
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    verification: stored.verify(acknowledged),
  }
}

async function chaosRun() {
  let server = await startServer()
  const acknowledged: string[] = []
  const attempted: string[] = []
  let stop = false
  let failedRequests = 0
  let retries = 0
  let replayed = 0
  const worker = async () => {
    while (!stop) {
      const key = randomUUID()
      attempted.push(key)
      const body = enquiryFor(key)
      // A real form resends the same submission (same key) until it gets an answer.
      for (let attempt = 0; attempt < 200; attempt += 1) {
        if (attempt > 0) retries += 1
        try {
          const response = await fetch(`${BASE}/api/enquiries`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body,
            signal: AbortSignal.timeout(10_000),
          })
          if (response.status === 201) {
            // Stored by an attempt whose answer was lost (the process died after the commit).
            if (response.headers.get('idempotent-replayed') === 'true') replayed += 1
            acknowledged.push(key)
            break
          }
          failedRequests += 1
        } catch {
          failedRequests += 1
        }
        await sleep(100)
      }
    }
  }
  const workers = Array.from({ length: 8 }, () => worker())
  const restarts: number[] = []
  await sleep(2000)
  for (let kill = 0; kill < KILLS; kill += 1) {
    await sleep(1000 + Math.random() * 2500)
    await stopServer(server, 'SIGKILL')
    const next = await startServer()
    restarts.push(next.readyMs)
    server = next
  }
  await sleep(2000)
  stop = true
  await Promise.all(workers)
  await stopServer(server)
  return {
    kills: KILLS,
    clients: 8,
    restartMs: { mean: round(restarts.reduce((a, b) => a + b, 0) / restarts.length, 0), max: Math.max(...restarts) },
    failedRequests,
    retries,
    replayedAfterLostAnswer: replayed,
    ...stored.verify(acknowledged, attempted),
  }
}

try {
  console.log(`Preparing a demo database in ${path.relative(ROOT, work)}…`)
  await runToEnd('scripts/prepare-database.ts')
  products = stored.publishedProducts()
  const server = await startServer()
  console.log(`Site ready in ${server.readyMs} ms. Warming up…`)
  await autocannon({ url: `${BASE}/`, connections: 2, amount: 20 })
  console.log(`Load: ${CONNECTIONS} connections for ${DURATION} s…`)
  const load = await loadRun()
  await stopServer(server)
  console.log(
    `  ${load.requestsPerSecond} req/s, p50 ${load.latencyMs.p50} ms, p99 ${load.latencyMs.p99} ms; acknowledged ${load.verification.acknowledged}, lost ${load.verification.lost}, duplicated ${load.verification.duplicated}`,
  )
  let chaos: Awaited<ReturnType<typeof chaosRun>> | undefined
  if (!('skip-chaos' in args)) {
    console.log(`Chaos: ${KILLS} SIGKILLs while 8 clients submit…`)
    chaos = await chaosRun()
    console.log(`  acknowledged ${chaos.acknowledged}, stored ${chaos.stored}, lost ${chaos.lost}, duplicated ${chaos.duplicated}`)
  }
  const results = {
    benchmark: 'enquiries (POST /api/enquiries on the built site, SQLite)',
    measuredAt: new Date().toISOString(),
    node: process.version,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      totalMemGb: round(os.totalmem() / 2 ** 30),
      loadAverageAtStart: LOAD_AT_START,
      loadAverageAtEnd: os.loadavg().map((l) => round(l, 2)),
    },
    notes: 'autocannon runs on the same machine (loopback); rate limits raised; delivery jobs are queued but not run (no admin process).',
    target: TARGET,
    load: { ...load, meetsTarget: load.requestsPerSecond >= TARGET.rps && load.latencyMs.p99 <= TARGET.p99Ms },
    chaos,
  }
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true })
  writeFileSync(path.join(ROOT, 'bench/results/enquiries.json'), `${JSON.stringify(results, null, 2)}\n`)
  console.log('Written to bench/results/enquiries.json')
} finally {
  rmSync(work, { recursive: true, force: true })
}
