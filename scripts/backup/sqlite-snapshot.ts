/**
 * A consistent copy of a live SQLite database, through the libsql client Payload already uses.
 * `VACUUM INTO` reads the database inside one read transaction: in WAL mode (which the adapter
 * turns on) the servers keep reading and writing meanwhile, and the copy is the database as it
 * was at one instant, compacted, with no WAL beside it.
 */
import { createClient } from '@libsql/client'

export async function snapshotDatabase(databaseUrl: string, target: string): Promise<Record<string, number>> {
  const client = createClient({ url: databaseUrl })
  try {
    // Wait for a writer's lock rather than fail, as the servers do.
    await client.execute('PRAGMA busy_timeout = 10000')
    await client.execute({ sql: 'VACUUM INTO ?', args: [target] })
  } finally {
    client.close()
  }
  return countRows(`file:${target}`)
}

/** Rows per table (Payload's and ours), for the manifest and the restore's comparison. */
export async function countRows(databaseUrl: string): Promise<Record<string, number>> {
  const client = createClient({ url: databaseUrl })
  try {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    const counts: Record<string, number> = {}
    for (const row of tables.rows) {
      const name = String(row.name)
      const result = await client.execute(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`)
      counts[name] = Number(result.rows[0]?.n ?? 0)
    }
    return counts
  } finally {
    client.close()
  }
}

/** The file names the media table refers to (the original and every resized copy). */
export async function mediaFileNames(databaseUrl: string): Promise<string[]> {
  const client = createClient({ url: databaseUrl })
  try {
    const columns = await client.execute("SELECT name FROM pragma_table_info('media') WHERE name = 'filename' OR name LIKE 'sizes_%_filename'")
    const names = new Set<string>()
    for (const column of columns.rows) {
      const result = await client.execute(`SELECT "${String(column.name)}" AS f FROM media WHERE "${String(column.name)}" IS NOT NULL`)
      for (const row of result.rows) names.add(String(row.f))
    }
    return [...names].sort()
  } finally {
    client.close()
  }
}
