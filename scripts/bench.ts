/**
 * `npm run bench [name…]`: runs the benchmarks in scripts/bench/ one after another (they share
 * two cores, so never in parallel). Each writes its figures to bench/results/<name>.json.
 */
import { existsSync } from 'node:fs'
import { requireNode24 } from './lib/nodeVersion'
import { run } from './lib/processes'

requireNode24()
// The benchmarks, in the order they run; other files in scripts/bench/ are their helpers.
const BENCHMARKS = ['startup', 'site', 'admin', 'search', 'search-relevance', 'search-api', 'enquiries', 'imports']
const available = BENCHMARKS.filter((name) => existsSync(`scripts/bench/${name}.ts`))
const wanted = process.argv.slice(2)
const unknown = wanted.filter((w) => !available.includes(w))
if (unknown.length) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; available: ${available.join(', ')}`)
  process.exit(2)
}
for (const name of wanted.length ? wanted : available) {
  console.log(`\n=== bench: ${name} ===`)
  await run('tsx', [`scripts/bench/${name}.ts`], { ...process.env, NODE_ENV: 'production' })
}
