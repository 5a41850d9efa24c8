/**
 * Production (`npm start`) builds its schema from the committed migrations, while tests and
 * development push the schema straight from the collections. If someone changes a collection and
 * forgets the migration, production would fail with "no such column": this test catches it. The
 * indexes are compared too: a missing one fails nothing, it only makes production slow.
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
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'payload_migrations%'")
    .all() as { name: string }[]
  const shape: Record<string, string[]> = {}
  for (const { name } of tables) {
    shape[name] = (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((c) => c.name).sort()
  }
  db.close()
  return shape
}

/** Every index (name, unique, columns in order) of every table, automatic ones (sqlite_autoindex_*) left out. */
function indexesOf(file: string): Record<string, string[]> {
  const db = new DatabaseSync(file, { readOnly: true })
  const rows = db
    .prepare("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' AND tbl_name NOT LIKE 'payload_migrations%'")
    .all() as { name: string; tbl_name: string }[]
  const shape: Record<string, string[]> = {}
  for (const { name, tbl_name } of rows) {
    const unique = (db.prepare(`PRAGMA index_list("${tbl_name}")`).all() as { name: string; unique: number }[]).find((i) => i.name === name)?.unique
    const columns = (db.prepare(`PRAGMA index_info("${name}")`).all() as { seqno: number; name: string }[]).sort((a, b) => a.seqno - b.seqno).map((c) => c.name)
    ;(shape[tbl_name] ??= []).push(`${unique ? 'UNIQUE ' : ''}${name} (${columns.join(', ')})`)
  }
  db.close()
  for (const list of Object.values(shape)) list.sort()
  return shape
}

let pushed: TestPayload
let migratedDir: string

beforeAll(async () => {
  pushed = await bootPayload()
  migratedDir = mkdtempSync(path.join(tmpdir(), 'tieubieu-migrated-'))
  execFileSync('payload', ['migrate'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'migration-test-secret-0123456789',
      PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts',
      DATABASE_URL: `file:${path.join(migratedDir, 'db.sqlite')}`,
    },
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
    const fromCollections = columnsOf(`${pushed.dir}/test.db`)
    expect(fromMigrations).toEqual(fromCollections)
  })

  it('should create the same indexes as the collections and the schema hooks describe', () => {
    const fromMigrations = indexesOf(path.join(migratedDir, 'db.sqlite'))
    const fromCollections = indexesOf(`${pushed.dir}/test.db`)
    expect(fromMigrations).toEqual(fromCollections)
    expect(fromMigrations.products_locales).toContain('products_locales_parent_id_idx (_parent_id, _locale)')
  })
})
