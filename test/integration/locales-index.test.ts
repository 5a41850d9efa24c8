/**
 * Localised fields live in `<collection>_locales` tables, read by parent id. Payload's own index
 * there is UNIQUE (_locale, _parent_id), which a lookup by parent id alone can use only by
 * skip-scanning — and SQLite does that only after ANALYZE. Each locales table therefore gets an
 * index on (_parent_id, _locale) (cms/database.ts), in the pushed schema and in the migration
 * alike: Payload's read of a product must search it, with no statistics at all.
 */
import { DatabaseSync } from 'node:sqlite'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { makeWorld, type World } from './helpers/world'

type Statement = { sql: string; args?: unknown }
type Client = { execute: (stmt: Statement | string, args?: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

let ctx: TestPayload
let world: World
beforeAll(async () => {
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
})
afterAll(async () => ctx?.cleanup())

const clientOf = (payload: Payload) => (payload.db as unknown as { client: Client }).client

/** The SQL statements Payload sends while `work` runs. */
async function statementsDuring(payload: Payload, work: () => Promise<unknown>): Promise<Statement[]> {
  const client = clientOf(payload)
  const original = client.execute
  const seen: Statement[] = []
  client.execute = (stmt, args) => {
    seen.push(typeof stmt === 'string' ? { sql: stmt, args } : stmt)
    return original.call(client, stmt, args)
  }
  try {
    await work()
  } finally {
    client.execute = original
  }
  return seen
}

async function planOf(payload: Payload, stmt: Statement): Promise<string[]> {
  const { rows } = await clientOf(payload).execute({ sql: `EXPLAIN QUERY PLAN ${stmt.sql}`, args: stmt.args as never })
  return rows.map((row) => String(row.detail))
}

describe('indexes on the localised tables', () => {
  it('should have no planner statistics to lean on (no ANALYZE)', () => {
    const db = new DatabaseSync(path.join(ctx.dir, 'test.db'), { readOnly: true })
    const stat = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'sqlite_stat1'").get() as { n: number }
    db.close()
    expect(stat.n).toBe(0)
  })

  it("should search products_locales by the parent id's index when Payload reads a product", async () => {
    const statements = await statementsDuring(ctx.payload, () =>
      ctx.payload.findByID({ collection: 'products', id: world.productA.id, locale: 'en', depth: 0, overrideAccess: true }),
    )
    const reads = statements.filter((s) => /products_locales/.test(s.sql) && /^\s*select/i.test(s.sql))
    expect(reads.length).toBeGreaterThan(0)
    for (const read of reads) {
      const plan = (await planOf(ctx.payload, read)).filter((line) => /locales/.test(line))
      expect(plan, read.sql).toContainEqual(expect.stringMatching(/^SEARCH \S+ USING (COVERING )?INDEX products_locales_parent_id_idx \(_parent_id=\?/))
      expect(
        plan.filter((line) => /^SCAN/.test(line)),
        read.sql,
      ).toEqual([])
    }
  })

  it('should search by parent id, with or without the locale, in every locales table', async () => {
    const db = new DatabaseSync(path.join(ctx.dir, 'test.db'), { readOnly: true })
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_locales' ESCAPE '\\'").all() as { name: string }[]).map(
      (t) => t.name,
    )
    expect(tables).toEqual(expect.arrayContaining(['products_locales', '_products_v_locales', 'producers_locales', 'fairs_locales', 'media_locales']))
    for (const table of tables) {
      const byParent = db.prepare(`EXPLAIN QUERY PLAN SELECT * FROM "${table}" WHERE _parent_id = ?`).all(1) as { detail: string }[]
      expect(
        byParent.map((r) => r.detail),
        table,
      ).toEqual([expect.stringMatching(new RegExp(`^SEARCH ${table} USING INDEX ${table}_parent_id_idx \\(_parent_id=\\?\\)`))])
      const both = db.prepare(`EXPLAIN QUERY PLAN SELECT * FROM "${table}" WHERE _parent_id = ? AND _locale = ?`).all(1, 'en') as { detail: string }[]
      expect(both.map((r) => r.detail).join(' '), table).toMatch(/^SEARCH .* USING INDEX \S+ \((_parent_id=\? AND _locale=\?|_locale=\? AND _parent_id=\?)\)/)
    }
    db.close()
  })
})
