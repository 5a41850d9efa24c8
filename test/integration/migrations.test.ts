/**
 * Production (`npm start`) builds its schema from the committed migrations, while tests and
 * development push the schema straight from the collections. If someone changes a collection and
 * forgets the migration, production would fail with "no such column": this test catches it.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, type TestPayload } from './helpers/bootPayload'

function columnsOf(file: string): Record<string, string[]> {
  const db = new DatabaseSync(file, { readOnly: true })
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'payload_migrations%'").all() as { name: string }[]
  const shape: Record<string, string[]> = {}
  for (const { name } of tables) {
    shape[name] = (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((c) => c.name).sort()
  }
  db.close()
  return shape
}

let pushed: TestPayload
let migratedDir: string

beforeAll(async () => {
  pushed = await bootPayload()
  migratedDir = mkdtempSync(path.join(tmpdir(), 'tieubieu-migrated-'))
  execFileSync('payload', ['migrate'], {
    env: { ...process.env, NODE_ENV: 'production', PAYLOAD_SECRET: 'migration-test-secret-0123456789', PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts', DATABASE_URL: `file:${path.join(migratedDir, 'db.sqlite')}` },
    stdio: 'pipe',
  })
})
afterAll(async () => {
  await pushed?.cleanup()
  rmSync(migratedDir, { recursive: true, force: true })
})

describe('migrations', () => {
  it('should build exactly the schema the collections describe (else run scripts/regenerate-migration.sh or npm run migrate:create)', () => {
    const fromMigrations = columnsOf(path.join(migratedDir, 'db.sqlite'))
    const fromCollections = columnsOf(pushed.dir + '/test.db')
    expect(fromMigrations).toEqual(fromCollections)
  })
})
