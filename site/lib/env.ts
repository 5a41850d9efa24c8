/** The site's settings, read once through src/config/env.ts (the one place that reads process.env). */
import { loadEnv, type Env } from '../../src/config/env'

let cached: Env | undefined

export function siteEnv(): Env {
  cached ??= loadEnv()
  return cached
}

/** The public origin of the showroom, for canonical links, sitemaps and feeds (no trailing slash). */
export function siteOrigin(): string {
  return siteEnv().SITE_URL.replace(/\/+$/, '')
}
