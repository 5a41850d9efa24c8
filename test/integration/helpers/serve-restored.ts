/**
 * A child process for the backup round trip: boots Payload on the restored files (the settings
 * come from the parent's environment), loads the public search index from the restored snapshot
 * as the site does, and prints one JSON line: what /readyz would answer, and what a search finds.
 *   tsx test/integration/helpers/serve-restored.ts "<query>"
 */
const query = process.argv[2] ?? ''
const { getPayload } = await import('payload')
const { default: config } = await import('../../../cms/payload.config')
const { hostIndex, whenSearchReady } = await import('../../../cms/search/hosted-index')
const { searchPort } = await import('../../../cms/search/search-port')
const { checkProcessReadiness } = await import('../../../cms/health/check-readiness')
const { loadEnv } = await import('../../../src/config/env')

const payload = await getPayload({ config })
void hostIndex(payload, 'public')
const searchReady = await whenSearchReady('public', 60_000)
const result = await searchPort().search({ q: query, locale: 'vi' })
const readiness = await checkProcessReadiness(payload, loadEnv())
const published = await payload.count({ collection: 'products', overrideAccess: false })
console.log(`RESULT ${JSON.stringify({ searchReady, hits: result.hits.map((hit) => hit.title), readiness: readiness.status, published: published.totalDocs })}`)
process.exit(0)

export {}
