/**
 * `npm start`: builds the admin and the site, prepares the database (migrations, reference data,
 * demo data on an empty embedded database) and runs both servers until stopped.
 *   --dev       run the development servers instead (hot reload, no build)
 *   --no-build  reuse the last build
 */
import { existsSync } from 'node:fs'
import { jobQueuesFor } from '../src/config/job-queues'
import { loadEnvOrExit, useLocalSecretIfEmbedded } from './lib/local-secret'
import { requireNode24 } from './lib/nodeVersion'
import { run, supervise } from './lib/processes'

requireNode24()
// A local .env (see .env.example) is honoured; real environment variables win over it.
if (existsSync('.env')) process.loadEnvFile('.env')
const dev = process.argv.includes('--dev')
const build = !dev && !process.argv.includes('--no-build')
// Through Object.assign: Next's types declare NODE_ENV read-only.
Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' })
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.ASTRO_TELEMETRY_DISABLED = '1'

useLocalSecretIfEmbedded()
const env = loadEnvOrExit()
const started = Date.now()
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`

if (build) {
  console.log('Building the admin (Next.js) and the site (Astro)…')
  await run('next', ['build', 'cms'])
  await run('astro', ['build'])
  console.log(`Built in ${seconds()}.`)
}
await run('tsx', ['scripts/prepare-database.ts'])
console.log(`Database ready after ${seconds()}.`)

// Each server runs its own job queues: the embedded search index lives in the site's memory, so
// the site runs the search queue (src/config/job-queues.ts).
const queues = (server: 'admin' | 'site') => ({ JOBS_QUEUES: jobQueuesFor(server, env).join(','), JOBS_AUTORUN: '', SERVICE_NAME: server })
supervise([
  { name: 'admin', command: 'next', args: [dev ? 'dev' : 'start', 'cms', '-p', String(env.CMS_PORT)], env: { ...process.env, ...queues('admin') } },
  dev
    ? { name: 'site', command: 'astro', args: ['dev', '--port', String(env.SITE_PORT)], env: { ...process.env, ...queues('site') } }
    : {
        name: 'site',
        command: 'node',
        args: ['dist/server/entry.mjs'],
        env: { ...process.env, ...queues('site'), PORT: String(env.SITE_PORT), HOST: process.env.HOST ?? '0.0.0.0' },
      },
])
console.log(`\nTiêu Biểu is starting:\n  showroom  ${env.SITE_URL}\n  admin     ${env.CMS_URL}/admin\n(Ctrl+C stops both.)\n`)
