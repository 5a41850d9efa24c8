/** robots.txt: everything public may be crawled except search results; the sitemap is named. */
import type { APIRoute } from 'astro'
import { siteOrigin } from '../lib/env'

export const GET: APIRoute = () =>
  new Response(['User-agent: *', 'Allow: /', 'Disallow: /tim-kiem', 'Disallow: /en/search', '', `Sitemap: ${siteOrigin()}/sitemap.xml`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  })
