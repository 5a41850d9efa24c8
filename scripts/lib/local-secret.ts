/**
 * On the embedded default a showroom must start with no setup, yet the admin's sessions still
 * need a secret: make one once, keep it beside the database (data/ is never committed), and say
 * so in the log, so nobody believes a production secret was configured. With a server database
 * there is no such fallback: the start stops and names what to set (src/config/env.ts).
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigError, DEFAULT_DATABASE_URL, type Env, loadEnv } from '../../src/config/env'
import { processLogger } from '../../src/logging/create-logger'

export function localSecret(dataDir: string): { secret: string; made: boolean; file: string } {
  const file = path.join(dataDir, '.payload-secret')
  if (existsSync(file)) return { secret: readFileSync(file, 'utf8').trim(), made: false, file }
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return { secret, made: true, file }
}

/** Scripts that start Payload: on the embedded default without PAYLOAD_SECRET, use (or make) the local one. */
export function useLocalSecretIfEmbedded(): void {
  // Scripts may set their own environment; this is the one place they fill a gap in it.
  const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL
  if (!databaseUrl.startsWith('file:') || process.env.PAYLOAD_SECRET) return
  const { secret, made, file } = localSecret(path.dirname(path.resolve(databaseUrl.replace(/^file:/, ''))))
  process.env.PAYLOAD_SECRET = secret
  const env = loadEnvOrExit()
  processLogger({ ...env, service: env.SERVICE_NAME }).warn({
    msg: `PAYLOAD_SECRET is not set: the embedded default ${made ? 'made a local secret in' : 'uses the local secret in'} ${file}. Set PAYLOAD_SECRET to choose your own (required with a server database).`,
  })
}

/** The validated settings, or the configuration problems printed plainly and exit code 78 (configuration error). */
export function loadEnvOrExit(): Env {
  try {
    return loadEnv()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(`\nTiêu Biểu cannot start:\n\n${error.message}\n`)
    process.exit(78)
  }
}
