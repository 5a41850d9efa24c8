/**
 * First start on a fresh embedded database, as README command 1 does it (build, migrate, seed
 * the demo data, start both servers), measuring the time to each step and the peak memory of
 * every process involved (sampled from /proc every 200 ms). Writes bench/results/startup.json.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const CMS_PORT = 3900
const SITE_PORT = 4900
const dir = mkdtempSync(path.join(tmpdir(), 'tieubieu-bench-start-'))

/** Every descendant of pid, with its command line and resident memory in MB. */
function processTree(root: number): { pid: number; cmd: string; rssMb: number }[] {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // the process ended while we looked
    }
  }
  const out: { pid: number; cmd: string; rssMb: number }[] = []
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      try {
        const status = readFileSync(`/proc/${child}/status`, 'utf8')
        const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
        const cmd = readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ')
        out.push({ pid: child, cmd, rssMb: rss })
      } catch {
        // gone
      }
      walk(child)
    }
  }
  walk(root)
  return out
}

/** Names a process by what it runs, so peaks can be reported per role. */
function role(cmd: string): string {
  if (/next build|next\/dist\/(build|compiled)|build-worker|jest-worker|turbopack/.test(cmd)) return 'next build'
  if (/astro build/.test(cmd)) return 'astro build'
  if (/prepare-database/.test(cmd)) return 'migrate + seed'
  if (/next-server|next start|start-server/.test(cmd)) return 'admin server (next start)'
  if (/entry\.mjs/.test(cmd)) return 'site server (astro node)'
  if (/start\.ts/.test(cmd)) return 'start script'
  return 'other'
}

const started = Date.now()
const child = spawn('tsx', ['scripts/start.ts'], {
  env: {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: `file:${dir}/db.sqlite`,
    MEDIA_DIR: `${dir}/media`,
    MAIL_DIR: `${dir}/mail`,
    CMS_PORT: String(CMS_PORT),
    SITE_PORT: String(SITE_PORT),
  },
  stdio: ['ignore', 'pipe', 'pipe'],
})
const marks: Record<string, number> = {}
child.stdout.on('data', (chunk: Buffer) => {
  const text = chunk.toString()
  if (/Built in/.test(text)) marks.builtSeconds = (Date.now() - started) / 1000
  if (/Database ready/.test(text)) marks.databaseReadySeconds = (Date.now() - started) / 1000
})
const peaks: Record<string, number> = {}
const sampler = setInterval(() => {
  for (const p of processTree(child.pid!)) peaks[role(p.cmd)] = Math.max(peaks[role(p.cmd)] ?? 0, Math.round(p.rssMb))
}, 200)

async function until(url: string, deadlineMs: number) {
  while (Date.now() < deadlineMs) {
    try {
      if ((await fetch(url)).status < 500) return
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer in time`)
}

try {
  const deadline = Date.now() + 15 * 60_000
  await until(`http://localhost:${SITE_PORT}/`, deadline)
  await until(`http://localhost:${CMS_PORT}/api/users/me`, deadline)
  marks.bothServingSeconds = (Date.now() - started) / 1000
  // A few requests so the servers' memory reflects real use, not just start-up.
  for (let i = 0; i < 20; i++) await fetch(`http://localhost:${SITE_PORT}/`)
  await fetch(`http://localhost:${CMS_PORT}/admin/login`)
} finally {
  clearInterval(sampler)
  child.kill('SIGTERM')
  await new Promise((r) => setTimeout(r, 2000))
  rmSync(dir, { recursive: true, force: true })
}

const result = { measuredAt: new Date().toISOString(), cpus: 2, timesSeconds: marks, peakRssMb: peaks }
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/startup.json', `${JSON.stringify(result, null, 2)}\n`)
console.log(JSON.stringify(result, null, 2))
process.exit(0)
