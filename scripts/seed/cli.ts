/**
 * `npx tsx scripts/seed.ts [--demo|--no-demo]`: seeds the database named by DATABASE_URL.
 * Without a flag, demo data follows SEED_DEMO, or else is allowed everywhere but a production
 * deployment on an external database (see demoSeedAllowed in src/config/env.ts).
 */
import { existsSync } from 'node:fs'
import { getPayload } from 'payload'
import { demoSeedAllowed, loadEnv } from '../../src/config/env'
import { useLocalSecretIfEmbedded } from '../lib/local-secret'
import { seed, type SeedSummary } from './index'

/** A mistake on the command line: shown without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError'
}

function demoFlag(argv: string[]): boolean | undefined {
  const unknown = argv.filter((a) => a !== '--demo' && a !== '--no-demo')
  if (unknown.length > 0) throw new UsageError(`Unknown argument ${unknown.join(' ')}. Usage: npx tsx scripts/seed.ts [--demo|--no-demo]`)
  if (argv.includes('--demo') && argv.includes('--no-demo')) throw new UsageError('Pass either --demo or --no-demo, not both.')
  if (argv.includes('--demo')) return true
  if (argv.includes('--no-demo')) return false
  return undefined
}

export function printSummary(summary: SeedSummary) {
  const rows = Object.entries(summary.counts).map(([collection, total]) => ({
    collection,
    total,
    created: summary.created[collection] ?? 0,
    updated: summary.updated[collection] ?? 0,
  }))
  console.log(`\nSeeded in ${(summary.durationMs / 1000).toFixed(1)} s (demo data: ${summary.demo ? 'yes' : 'no'})`)
  console.table(rows)
  if (summary.accounts.length === 0) return
  console.log(`Demo accounts (password for all: ${summary.accounts[0].password}):`)
  const width = Math.max(...summary.accounts.map((a) => a.email.length))
  for (const account of summary.accounts) console.log(`  ${account.email.padEnd(width)}  ${account.role.padEnd(8)}  ${account.note}`)
}

/** The same environment `npm start` gives the servers: .env (real variables win) and the local secret. */
function prepareEnvironment() {
  if (existsSync('.env')) process.loadEnvFile('.env')
  useLocalSecretIfEmbedded()
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  const demoArg = demoFlag(argv)
  prepareEnvironment()
  const env = loadEnv()
  const demo = demoArg ?? demoSeedAllowed(env)
  const { default: config } = await import('../../cms/payload.config')
  const payload = await getPayload({ config })
  try {
    printSummary(await seed(payload, { demo, log: (line) => console.log(line) }))
    return 0
  } finally {
    await payload.destroy()
  }
}
