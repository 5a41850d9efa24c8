/**
 * Refreshes SQLite's query-planner statistics (ANALYZE), so the planner picks between indexes
 * from real numbers. Payload reads localised fields with a subquery on `<collection>_locales` by
 * parent id; that once needed the statistics (the table's only index started with the locale, and
 * a page of 24 product cards took about 100 ms at 10,000 products, 5 ms after ANALYZE). Those
 * tables now have an index on the parent id (cms/database.ts), so it is no longer load-bearing, but
 * it stays: cheap (well under a second at that size), safe to repeat; MongoDB needs none.
 */
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

type Runs = { drizzle: { run: (query: ReturnType<typeof sql>) => Promise<unknown> } }

export async function analyzeDatabase(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  await (payload.db as unknown as Runs).drizzle.run(sql`ANALYZE`)
}
