/**
 * /sitemap.xml for both languages: every public page once per language, each with hreflang
 * alternates (vi, en, x-default) so search engines pair the twins. Past SITEMAP_MAX_URLS URLs it
 * is a sitemap index of /sitemap-<n>.xml (see src/site/sitemap.ts); robots.txt names this address.
 */
import type { APIRoute } from 'astro'
import { sitemapResponse } from '../lib/http/sitemap-response'

export const GET: APIRoute = () => sitemapResponse('root')
