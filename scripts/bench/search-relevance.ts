/**
 * Search relevance on the demo showroom, with the judged queries of test/relevance/ (the same set
 * and runner `npm test` holds to its floors): the seed runs into a temporary SQLite database, the
 * published products, producers and fairs are indexed as the sync jobs do, and each category's
 * share of passing queries is measured against its floor (test/relevance/thresholds.ts).
 *
 * Writes bench/results/search-relevance.json and prints the table and the misses.
 *
 *   npx tsx scripts/bench/search-relevance.ts
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { JUDGED_QUERIES } from '../../test/relevance/judged-queries'
import { figuresByCategory, formatRelevanceTable, measureQueries } from '../../test/relevance/measure-relevance'
import { RELEVANCE_FLOORS } from '../../test/relevance/thresholds'

function round(value: number, digits = 3): number {
  return Number(value.toFixed(digits))
}

async function main(): Promise<void> {
  // The configuration reads the environment when imported: point it at a throwaway database first.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tieubieu-relevance-'))
  process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.MAIL_DIR = path.join(dir, 'mail')
  // Push the schema from the collections (no migrations needed for a throwaway database).
  ;(process.env as Record<string, string>).NODE_ENV = 'development'
  delete process.env.JOBS_QUEUES
  delete process.env.MEILI_URL
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  const { seedRelevanceIndex } = await import('../../test/relevance/seed-relevance-index')

  const payload = await getPayload({ config })
  console.log('seeding the demo showroom into a temporary database…')
  const index = await seedRelevanceIndex(payload)
  const outcomes = await measureQueries(index.search, JUDGED_QUERIES)
  const figures = figuresByCategory(outcomes)
  const passed = outcomes.filter((o) => o.pass).length

  const summary = {
    benchmark: 'search relevance (embedded engine, demo showroom, test/relevance judged set)',
    measuredAt: new Date().toISOString(),
    node: process.version,
    corpus: { byKind: index.documents, seedMs: Math.round(index.seedMs), indexMs: Math.round(index.indexMs) },
    judgedQueries: outcomes.length,
    passShare: round(passed / outcomes.length),
    byCategory: Object.fromEntries(
      figures.map((f) => [f.category, { queries: f.queries, passed: f.passed, share: round(f.share), floor: RELEVANCE_FLOORS[f.category] }]),
    ),
    misses: outcomes.filter((o) => !o.pass),
    queries: outcomes.map(({ category, q, locale, pass, rank }) => ({ category, q, locale, pass, rank })),
  }
  console.log(formatRelevanceTable(figures, RELEVANCE_FLOORS, outcomes))

  const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/results/search-relevance.json')
  mkdirSync(path.dirname(out), { recursive: true })
  writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`)
  console.log(`wrote ${out}`)
  await payload.destroy()
  rmSync(dir, { recursive: true, force: true })
}

await main()
process.exit(0)
