/**
 * Extra site processes for the operations tests: the built showroom (dist/server/entry.mjs) on
 * the browser tests' database, each on its own port with its own settings (Redis, Meilisearch,
 * proxies). They run no job queue, so they never take work from the main servers.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

export type SiteProcess = { url: string; output: () => string; stop: () => Promise<void> }

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export async function startSiteProcess(settings: Record<string, string>): Promise<SiteProcess> {
  const port = await freePort()
  const scratch = mkdtempSync(path.join(tmpdir(), 'tieubieu-site-'))
  const url = `http://127.0.0.1:${port}`
  let output = ''
  const child: ChildProcess = spawn('node', ['dist/server/entry.mjs'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: 'file:./data/e2e/showroom.db',
      MEDIA_DIR: './data/e2e/media',
      PAYLOAD_SECRET: 'e2e-secret-0123456789abcdef0123456789',
      MAIL_DIR: path.join(scratch, 'mail'),
      SEARCH_SNAPSHOT_DIR: path.join(scratch, 'search'),
      SITE_URL: url,
      HOST: '127.0.0.1',
      PORT: String(port),
      JOBS_QUEUES: '',
      SERVICE_NAME: 'site-extra',
      ...settings,
    },
    stdio: 'pipe',
  })
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`site process exited (${child.exitCode}):\n${output}`)
    try {
      // /readyz, not /healthz: it waits for Payload, so the first test request is not the one that starts it.
      if ((await fetch(`${url}/readyz`)).status < 500) return { url, output: () => output, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  await stop()
  throw new Error(`site process on ${url} did not start within 90 s:\n${output}`)
}
