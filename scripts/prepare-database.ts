/**
 * Brings the database up to date before the servers start: migrations (Payload runs pending ones
 * on init in production), reference data always, demo data only on an empty database where it is
 * allowed (never on production with a real DATABASE_URL unless SEED_DEMO=true), then fresh
 * query-planner statistics for SQLite (see lib/analyzeDatabase.ts).
 */
import { getPayload } from 'payload'
import config from '../cms/payload.config'
import { demoSeedAllowed, loadEnv } from '../src/config/env'
import { analyzeDatabase } from './lib/analyzeDatabase'
import { printSummary } from './seed/cli'
import { seed } from './seed/index'

const env = loadEnv()
const payload = await getPayload({ config })
const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
const demo = users === 0 && demoSeedAllowed(env)
printSummary(await seed(payload, { demo, log: (line) => console.log(`  ${line}`) }))
await analyzeDatabase(payload)
await payload.destroy()
process.exit(0)
