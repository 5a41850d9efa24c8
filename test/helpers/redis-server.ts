/**
 * A Redis for the tests that need one: REDIS_TEST_URL when set (CI starts redis-server and sets
 * it), else a private redis-server on a free port when the binary is installed (Debian's
 * `redis-server`), stopped with the test. Undefined when neither is there: the test is skipped,
 * saying why.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { createServer } from 'node:net'

export type TestRedis = { url: string; stop: () => Promise<void> }

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

function hasRedisServer(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export const redisSkipReason = 'no Redis: set REDIS_TEST_URL, or install redis-server (apt-get install redis-server; .ci/run does)'

/** `own`: always a private server (a test that stops it), never the shared one. */
export async function startTestRedis(options: { own?: boolean } = {}): Promise<TestRedis | undefined> {
  const given = process.env.REDIS_TEST_URL
  if (given && !options.own) return { url: given, stop: async () => {} }
  if (!hasRedisServer()) return undefined
  const port = await freePort()
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'pipe' })
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code})`)))
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return { url: `redis://127.0.0.1:${port}/0`, stop }
}
