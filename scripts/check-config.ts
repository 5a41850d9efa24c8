/**
 * `npm run check-config`: are the settings complete and valid for this environment? Prints what
 * is missing and how to make it (exit 78), or one line saying all is set. The site's systemd unit
 * runs it before starting, so a missing setting stops the start instead of failing on each request.
 */
import { existsSync } from 'node:fs'
import { loadEnvOrExit } from './lib/local-secret'
import { requireNode24 } from './lib/nodeVersion'

requireNode24()
if (existsSync('.env')) process.loadEnvFile('.env')
const env = loadEnvOrExit()
console.log(
  `Configuration complete: ${env.NODE_ENV}, ${env.embeddedDatabase ? 'embedded SQLite database' : 'MongoDB'}, ` +
    `${env.MEILI_URL ? 'Meilisearch' : 'embedded search'}, mail ${env.SMTP_URL ? 'by SMTP' : `to files in ${env.MAIL_DIR}`}, ` +
    `rate limits ${env.REDIS_URL ? 'in Redis' : 'in memory'}, site ${env.SITE_URL}, admin ${env.CMS_URL}.`,
)
