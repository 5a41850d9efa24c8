/**
 * `npm run migrate`: bring the database schema up to date, and nothing else (no seeding, no
 * servers). The SQL adapter runs its pending migrations (cms/migrations) when Payload starts in
 * production, so this starts Payload in production mode and reports what is applied; servers
 * started afterwards find nothing pending. MongoDB has no schema to migrate: its connection (and
 * replica set, which transactions need) is checked, and that is all.
 */
import { existsSync } from 'node:fs'
import { getPayload } from 'payload'
import { loadEnvOrExit, useLocalSecretIfEmbedded } from './lib/local-secret'
import { requireNode24 } from './lib/nodeVersion'

requireNode24()
if (existsSync('.env')) process.loadEnvFile('.env')
// Production mode is what makes the SQL adapter run migrations instead of pushing a dev schema.
Object.assign(process.env, { NODE_ENV: 'production', SERVICE_NAME: process.env.SERVICE_NAME ?? 'migrate' })
useLocalSecretIfEmbedded()
const env = loadEnvOrExit()
const { default: config } = await import('../cms/payload.config')
const payload = await getPayload({ config })
if (env.embeddedDatabase) {
  const applied = await payload.find({ collection: 'payload-migrations', overrideAccess: true, limit: 0, pagination: false, sort: 'batch' })
  payload.logger.info({ msg: `migrations: the database is up to date (${applied.docs.map((m) => m.name).join(', ') || 'none applied'})` })
} else {
  payload.logger.info({ msg: 'migrations: MongoDB needs no schema migration; the connection and its replica set are in order' })
}
await payload.destroy()
process.exit(0)
