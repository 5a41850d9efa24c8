/**
 * The database port: DATABASE_URL picks the adapter. `file:` is the embedded SQLite default;
 * `mongodb://` is for production. Both are Payload's own adapters, so collections, access rules
 * and hooks do not know which one runs.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type MongooseAdapter, mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter, type SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { DatabaseAdapterObj } from 'payload'
import type { Env } from '../src/config/env'
import { type HelloAnswer, ReplicaSetError, replicaSetProblem } from '../src/database/replica-set'
import { migrations } from './migrations'

/**
 * Localised fields live in `<table>_locales`, which Payload reads by parent id (a subquery per
 * document) and which a delete of the parent cascades into. Payload indexes it only as UNIQUE
 * (_locale, _parent_id): a lookup by parent id alone can use that only by skip-scanning over the
 * locales, which SQLite does only after ANALYZE, and otherwise scans the whole table per row. So
 * every locales table gets an index that starts with the parent id. A schema hook rather than a
 * hand-written migration step, so the pushed schema (development, tests) and the generated
 * migration (production) both have it.
 */
export const indexLocalesByParent: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales') || !table._parentID || !table._locale) continue
    const indexName = `${name}_parent_id_idx`
    extendTable({ table, extraConfig: (t) => ({ [indexName]: index(indexName).on(t._parentID, t._locale) }) })
  }
  return schema
}

/** Refuse a MongoDB that cannot run transactions (src/database/replica-set.ts says why). */
async function requireReplicaSet(adapter: MongooseAdapter): Promise<void> {
  const hello = (await adapter.connection.db?.admin().command({ hello: 1 })) as HelloAnswer | undefined
  const problem = replicaSetProblem(hello ?? {}, adapter.connection.getClient().options.replicaSet)
  if (problem) {
    await adapter.connection.close()
    throw new ReplicaSetError(problem)
  }
}

export function databaseAdapter(env: Env): DatabaseAdapterObj {
  if (!env.embeddedDatabase) return mongooseAdapter({ url: env.DATABASE_URL, afterOpenConnection: requireReplicaSet })
  const file = env.DATABASE_URL.replace(/^file:/, '')
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return sqliteAdapter({
    client: { url: env.DATABASE_URL },
    // The admin (Next) and the site (Astro) open the same file: WAL lets readers and one writer
    // work together, and the busy timeout makes a second writer wait instead of failing.
    wal: true,
    busyTimeout: 5000,
    afterSchemaInit: [indexLocalesByParent],
    migrationDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations'),
    prodMigrations: migrations,
  })
}
