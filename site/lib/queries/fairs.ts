/** Published fairs: the calendar, the next few, one fair with its exhibitors, and fairs of a product or producer. */
import type { Where } from 'payload'
import { addDays, calendarDay } from '../../../src/dates/calendar-day'
import type { Locale } from '../../../src/site/routes'
import { idOf, payload, publicRead, type Doc } from '../payload'
import { byIds, pick } from './by-ids'
import { provinces } from './reference'

const LIST_SELECT = {
  name: true,
  slug: true,
  startDate: true,
  endDate: true,
  registrationDeadline: true,
  venue: true,
  city: true,
  country: true,
  province: true,
  organiser: true,
  summary: true,
  updatedAt: true,
} as const

/** Fairs with their province (from the 34 units, read once) in place of its id. */
async function withProvince(docs: Doc[]): Promise<Doc[]> {
  const byId = new Map((await provinces()).map((p) => [String(p.id), p]))
  return docs.map((f) => ({ ...f, province: byId.get(String(idOf(f.province))) ?? null }))
}

async function findFairs(where: Where, locale: Locale, options: { limit?: number; sort?: string } = {}): Promise<Doc[]> {
  const found = await (await payload()).find({
    collection: 'fairs',
    ...publicRead,
    locale,
    depth: 0,
    where,
    sort: options.sort ?? 'startDate',
    select: LIST_SELECT,
    ...(options.limit ? { limit: options.limit } : { pagination: false }),
  })
  return withProvince(found.docs as Doc[])
}

/** Every published fair (the calendar is small: tens a year). */
export function allFairs(locale: Locale): Promise<Doc[]> {
  return findFairs({}, locale)
}

/**
 * Fairs not yet over, soonest first. The database compares instants, so the window starts a
 * day early and the exact Vietnamese-day rule (fairStatus) decides on the page.
 */
export function currentAndUpcomingFairs(locale: Locale, now: Date, limit?: number): Promise<Doc[]> {
  const since = `${addDays(calendarDay(now), -1)}T00:00:00.000Z`
  return findFairs({ endDate: { greater_than_equal: since } }, locale, { limit })
}

export function fairsShowingProduct(productId: number | string, locale: Locale): Promise<Doc[]> {
  return findFairs({ products: { in: [productId] } }, locale, { sort: '-startDate' })
}

export function fairsOfProducer(producerId: number | string, locale: Locale): Promise<Doc[]> {
  return findFairs({ exhibitors: { in: [producerId] } }, locale, { sort: '-startDate' })
}

/** One fair with its exhibitors (brand, slug, province) and showcased product ids. */
export async function fairBySlug(slug: string, locale: Locale): Promise<Doc | undefined> {
  const found = await (await payload()).find({ collection: 'fairs', ...publicRead, locale, depth: 0, limit: 1, where: { slug: { equals: slug } } })
  const fair = found.docs[0] as Doc | undefined
  if (!fair) return undefined
  const [withPlace] = await withProvince([fair])
  const exhibitors = Array.isArray(fair.exhibitors) ? fair.exhibitors : []
  const producers = await byIds('producers', exhibitors, { brandName: true, slug: true, province: true, kind: true, verified: true })
  const byId = new Map((await provinces()).map((p) => [String(p.id), p]))
  // Unpublished exhibitors stay ids, as Payload's population would leave them.
  return {
    ...withPlace!,
    exhibitors: exhibitors.map((e: unknown) => {
      const producer = pick(producers, e)
      return producer ? { ...producer, province: byId.get(String(idOf(producer.province))) ?? null } : e
    }),
  }
}
