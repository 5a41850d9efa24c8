/** One fair as an .ics file that calendar apps import. */
import type { APIRoute } from 'astro'
import { calendarResponse } from '../../../lib/fair-calendar'
import { fairBySlug } from '../../../lib/queries/fairs'

export const GET: APIRoute = async ({ params }) => {
  const fair = await fairBySlug(params.slug ?? '', 'en')
  if (!fair) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return calendarResponse([fair], 'en', { name: `${fair.slug}.ics`, download: true })
}
