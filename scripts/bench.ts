/**
 * `npm run bench [name…]`: runs the benchmarks in scripts/bench/ one after another (they share
 * two cores, so never in parallel). Each writes its figures to bench/results/<name>.json.
 */
import { readdirSync } from 'node:fs'
import { requireNode24 } from './lib/nodeVersion'
import { run } from './lib/processes'

requireNode24()
const available = readdirSync('scripts/bench').filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''))
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
