/** A sitemap document as an XML response, or the site's 404 for a part that does not exist. */
import { sitemapDocument } from '../../../src/site/sitemap'
import { siteEnv, siteOrigin } from '../env'
import { loadSitemapPages } from '../pages/sitemap'

export async function sitemapResponse(file: 'root' | number | undefined): Promise<Response> {
  const xml = file === undefined ? undefined : sitemapDocument(await loadSitemapPages(), siteOrigin(), file, siteEnv().SITEMAP_MAX_URLS)
  if (xml === undefined) return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return new Response(xml, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=3600, stale-while-revalidate=86400' },
  })
}
