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

async function findFairs(where: Where, locale: Locale, options: { limit?: number; sort?: string; withExhibitors?: boolean } = {}): Promise<Doc[]> {
  const found = await (await payload()).find({
    collection: 'fairs',
    ...publicRead,
    locale,
    depth: 0,
    where,
    sort: options.sort ?? 'startDate',
    select: options.withExhibitors ? { ...LIST_SELECT, exhibitors: true } : LIST_SELECT,
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

/** Fairs where an exhibitor shows this product, with that exhibitor's booth. */
export async function fairsShowingProduct(productId: number | string, locale: Locale): Promise<Doc[]> {
  const fairs = await findFairs({ 'exhibitors.products': { in: [productId] } }, locale, { sort: '-startDate', withExhibitors: true })
  return fairs.map((fair) =>
    withBooth(fair, (row) => (Array.isArray(row.products) ? row.products : []).some((p: unknown) => String(idOf(p)) === String(productId))),
  )
}

/** Fairs this producer exhibits at, with its booth. */
export async function fairsOfProducer(producerId: number | string, locale: Locale): Promise<Doc[]> {
  const fairs = await findFairs({ 'exhibitors.producer': { in: [producerId] } }, locale, { sort: '-startDate', withExhibitors: true })
  return fairs.map((fair) => withBooth(fair, (row) => String(idOf(row.producer)) === String(producerId)))
}

/** The fair with `booth` from the exhibitor row that matches, and without the other rows. */
function withBooth(fair: Doc, matches: (row: Doc) => boolean): Doc {
  const { exhibitors, ...rest } = fair
  const row = (Array.isArray(exhibitors) ? (exhibitors as Doc[]) : []).find(matches)
  return { ...rest, booth: row?.booth ?? null }
}

/** The products shown at a published fair: each row's showcased products, or all of an exhibitor's when it names none. */
export async function productsAtFair(slug: string): Promise<{ fair: Doc; where: Where } | undefined> {
  const found = await (await payload()).find({
    collection: 'fairs',
    ...publicRead,
    depth: 0,
    limit: 1,
    where: { slug: { equals: slug } },
    select: { name: true, slug: true, exhibitors: true },
  })
  const fair = found.docs[0] as Doc | undefined
  if (!fair) return undefined
  const rows = (Array.isArray(fair.exhibitors) ? fair.exhibitors : []) as Doc[]
  const products = rows.flatMap((row) => (Array.isArray(row.products) ? row.products : []).map(idOf))
  const wholeRange = rows.filter((row) => !Array.isArray(row.products) || row.products.length === 0).map((row) => idOf(row.producer))
  const or: Where[] = [...(products.length > 0 ? [{ id: { in: products } }] : []), ...(wholeRange.length > 0 ? [{ producer: { in: wholeRange } }] : [])]
  return { fair, where: or.length > 0 ? { or } : { id: { in: [-1] } } }
}

/** One fair with its exhibitor rows: the producer (brand, slug, province; an id when unpublished), booth and showcased product ids. */
export async function fairBySlug(slug: string, locale: Locale): Promise<Doc | undefined> {
  const found = await (await payload()).find({ collection: 'fairs', ...publicRead, locale, depth: 0, limit: 1, where: { slug: { equals: slug } } })
  const fair = found.docs[0] as Doc | undefined
  if (!fair) return undefined
  const [withPlace] = await withProvince([fair])
  const rows = (Array.isArray(fair.exhibitors) ? fair.exhibitors : []) as Doc[]
  const producers = await byIds(
    'producers',
    rows.map((row) => row.producer),
    { brandName: true, slug: true, province: true, kind: true, verified: true },
  )
  const byId = new Map((await provinces()).map((p) => [String(p.id), p]))
  // Unpublished exhibitors stay ids, as Payload's population would leave them.
  return {
    ...withPlace!,
    exhibitors: rows.map((row) => {
      const producer = pick(producers, row.producer)
      return {
        ...row,
        producer: producer ? { ...producer, province: byId.get(String(idOf(producer.province))) ?? null } : row.producer,
        products: (Array.isArray(row.products) ? row.products : []).map(idOf),
      }
    }),
  }
}
