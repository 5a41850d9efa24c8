/** /sitemap-<n>.xml: the n-th part of a sitemap too large for one file (404 while it fits in one). */
import type { APIRoute } from 'astro'
import { parseSitemapFile } from '../../src/site/sitemap'
import { sitemapResponse } from '../lib/http/sitemap-response'

export const GET: APIRoute = ({ params }) => sitemapResponse(parseSitemapFile(params.n))
