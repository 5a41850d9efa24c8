/**
 * What the enquiry benchmark reads back from the site's database, read-only, to check its claims:
 * which products may be asked about, and whether every acknowledged enquiry is stored exactly once.
 */
import { DatabaseSync } from 'node:sqlite'

export function storedEnquiries(dbFile: string) {
  const db = () => new DatabaseSync(dbFile, { readOnly: true })

  function publishedProducts(): number[] {
    const conn = db()
    const rows = conn.prepare("SELECT id FROM products WHERE _status = 'published' ORDER BY id LIMIT 50").all() as { id: number }[]
    conn.close()
    if (rows.length === 0) throw new Error('the demo database has no published product')
    return rows.map((r) => r.id)
  }

  /** How many rows each key has, for the keys given. */
  function countRows(keys: readonly string[]): Map<string, number> {
    const conn = db()
    const counts = new Map<string, number>()
    const statement = conn.prepare(
      `SELECT idempotency_key AS k, COUNT(*) AS n FROM enquiries WHERE idempotency_key IN (${Array(500).fill('?').join(',')}) GROUP BY idempotency_key`,
    )
    for (let i = 0; i < keys.length; i += 500) {
      const chunk = keys.slice(i, i + 500)
      const padded = [...chunk, ...Array(500 - chunk.length).fill('')]
      for (const row of statement.all(...padded) as { k: string; n: number }[]) counts.set(row.k, row.n)
    }
    conn.close()
    return counts
  }

  function verify(acknowledged: readonly string[], attempted: readonly string[] = acknowledged) {
    const counts = countRows(attempted)
    const lost = acknowledged.filter((k) => !counts.has(k)).length
    const duplicated = [...counts.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0)
    const stored = [...counts.values()].reduce((sum, n) => sum + n, 0)
    const ackSet = new Set(acknowledged)
    const storedWithoutAck = [...counts.keys()].filter((k) => !ackSet.has(k)).length
    return { acknowledged: acknowledged.length, stored, lost, duplicated, storedWithoutAck }
  }

  return { publishedProducts, verify }
}
