/**
 * The database port: DATABASE_URL picks the adapter. `file:` is the embedded SQLite default;
 * `mongodb://` is for production. Both are Payload's own adapters, so collections, access rules
 * and hooks do not know which one runs.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import type { Env } from '../src/config/env'
import { migrations } from './migrations'

export function databaseAdapter(env: Env): DatabaseAdapterObj {
  if (!env.embeddedDatabase) return mongooseAdapter({ url: env.DATABASE_URL })
  const file = env.DATABASE_URL.replace(/^file:/, '')
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return sqliteAdapter({
    client: { url: env.DATABASE_URL },
    // The admin (Next) and the site (Astro) open the same file: WAL lets readers and one writer
    // work together, and the busy timeout makes a second writer wait instead of failing.
    wal: true,
    busyTimeout: 5000,
    migrationDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations'),
    prodMigrations: migrations,
  })
}
