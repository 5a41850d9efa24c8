/**
 * A production start, as an operator runs it: with a server database every missing secret or
 * public setting stops it before anything starts, naming the setting and how to make it (exit 78,
 * which the systemd units do not retry); the embedded default says in its log that it uses a local
 * secret.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

const exec = promisify(execFile)
const dir = mkdtempSync(path.join(tmpdir(), 'tieubieu-prodstart-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const complete = {
  NODE_ENV: 'production',
  // Nothing listens here: the start must stop on the settings before it tries to connect.
  DATABASE_URL: 'mongodb://127.0.0.1:9/tieubieu?replicaSet=rs0',
  PAYLOAD_SECRET: 'p'.repeat(64),
  SMTP_URL: 'smtp://user:pass@127.0.0.1:9',
  SITE_URL: 'https://tieubieu.example.vn',
  CMS_URL: 'https://admin.tieubieu.example.vn',
}

/** Runs a script with exactly these settings (no .env, nothing inherited that could fill a gap). */
async function runScript(script: string, settings: Record<string, string>, args: string[] = []) {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, ...settings }
  try {
    const { stdout, stderr } = await exec('tsx', [script, ...args], {
      env: env as unknown as NodeJS.ProcessEnv,
      cwd: path.resolve(import.meta.dirname, '../..'),
      timeout: 120_000,
      encoding: 'utf8',
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('a production start with a server database', () => {
  it.for([
    ['PAYLOAD_SECRET', /PAYLOAD_SECRET is not set[\s\S]*openssl rand -hex 32/],
    ['SMTP_URL', /SMTP_URL is not set[\s\S]*smtp:\/\/user:password@/],
    ['SITE_URL', /SITE_URL is not set[\s\S]*SITE_URL=https:\/\//],
    ['CMS_URL', /CMS_URL is not set[\s\S]*CMS_URL=https:\/\//],
  ] as const)('should stop without %s, saying how to make it, before starting anything', async ([name, message]) => {
    const { [name]: _missing, ...settings } = complete
    const result = await runScript('scripts/start.ts', settings, ['--no-build'])
    expect(result.code).toBe(78)
    expect(result.stderr).toMatch(/Tiêu Biểu cannot start/)
    expect(result.stderr).toMatch(message)
    expect(result.stdout).not.toMatch(/Database ready|is starting/)
  })

  it('should pass the configuration check with everything set', async () => {
    const result = await runScript('scripts/check-config.ts', complete)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Configuration complete: production, MongoDB, embedded search, mail by SMTP/)
  })

  it('should want the Meilisearch key when Meilisearch is configured', async () => {
    const result = await runScript('scripts/check-config.ts', { ...complete, MEILI_URL: 'http://127.0.0.1:7700' })
    expect(result.code).toBe(78)
    expect(result.stderr).toMatch(/MEILI_MASTER_KEY \(or MEILI_API_KEY\) is not set/)
  })
})

describe('a production start on the embedded default', () => {
  it('should make a local secret when none is set, and say so in its log', { timeout: 180_000 }, async () => {
    const database = path.join(dir, 'embedded', 'db.sqlite')
    const result = await runScript('scripts/migrate.ts', { DATABASE_URL: `file:${database}` })
    expect(result.code).toBe(0)
    const warning = result.stdout.split('\n').find((line) => line.includes('PAYLOAD_SECRET is not set'))
    expect(JSON.parse(warning ?? '{}')).toMatchObject({ level: 'warn', msg: expect.stringContaining('made a local secret in') })
    expect(existsSync(path.join(dir, 'embedded', '.payload-secret'))).toBe(true)
    expect(result.stdout).toMatch(/migrations: the database is up to date \(20\d{6}_\d{6}_initial\)/)
  })
})
