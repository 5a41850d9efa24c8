/**
 * `npm test`: the whole suite. Vitest (unit, contract, integration), then a production build of
 * the admin and the site, then Playwright in Debian's Chromium against them. Ends with one line
 * "N passed, N failed, N skipped" that CI reads.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { nodeAdvisoryWarning } from './lib/node-advisory'
import { requireNode24 } from './lib/nodeVersion'
import { run } from './lib/processes'

requireNode24()
// A known advisory against the pinned Node is printed, never a failure (see scripts/lib/node-advisory.ts).
const pinnedNode = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies?.node as string | undefined
const nodeWarning = nodeAdvisoryWarning(pinnedNode)
if (nodeWarning) console.warn(`\n${nodeWarning}\n`)
const RESULTS = 'test-results'
rmSync(RESULTS, { recursive: true, force: true })
mkdirSync(RESULTS, { recursive: true })
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' }

type Tally = { passed: number; failed: number; skipped: number }
const tally: Tally = { passed: 0, failed: 0, skipped: 0 }
const failures: string[] = []

async function step(name: string, command: string, args: string[], stepEnv = env) {
  console.log(`\n=== ${name} ===`)
  try {
    await run(command, args, stepEnv)
  } catch (error) {
    failures.push(`${name}: ${(error as Error).message}`)
  }
}

function readVitest() {
  const file = `${RESULTS}/vitest.json`
  if (!existsSync(file)) return
  const r = JSON.parse(readFileSync(file, 'utf8'))
  tally.passed += r.numPassedTests
  tally.failed += r.numFailedTests
  tally.skipped += r.numPendingTests + r.numTodoTests
}

function readPlaywright() {
  const file = `${RESULTS}/playwright.json`
  if (!existsSync(file)) return
  const s = JSON.parse(readFileSync(file, 'utf8')).stats
  tally.passed += s.expected + s.flaky
  tally.failed += s.unexpected
  tally.skipped += s.skipped
}

await step('lint: formatter and linter (Biome)', 'biome', ['check', '--error-on-warnings', '.'])
await step('typecheck (tsc)', 'tsc', ['--noEmit'])
await step('vitest: unit, contract, integration', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/vitest.json`])
readVitest()
await step('build: admin (Next.js)', 'next', ['build', 'cms'], { ...env, NODE_ENV: 'production' })
await step('build: site (Astro)', 'astro', ['build'], { ...env, NODE_ENV: 'production' })
if (failures.some((f) => f.startsWith('build'))) console.error('Build failed; skipping the browser tests.')
else {
  // A fresh demo database for every browser run.
  rmSync('data/e2e', { recursive: true, force: true })
  await step('playwright: browser tests in Chromium', 'playwright', ['test'])
}
readPlaywright()

console.log('')
if (nodeWarning) console.warn(nodeWarning)
for (const failure of failures) console.error(`FAILED ${failure}`)
console.log(`${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`)
process.exit(failures.length > 0 || tally.failed > 0 ? 1 : 0)
