/** Published fairs: the calendar, the next few, one fair with its exhibitors, and fairs of a product or producer. */
import type { Where } from 'payload'
import type { Fair, Producer } from '../../../cms/payload-types'
import { addDays, calendarDay } from '../../../src/dates/calendar-day'
import type { Locale } from '../../../src/site/routes'
import type { Ref } from '../../../src/relations/relation-ref'
import { idOf, payload, publicRead } from '../payload'
import { byIds, pick } from './by-ids'
import { type Province, provinces } from './reference'

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

/** A document's province, read as an id, replaced by the unit (null when unknown). */
type WithProvince<T> = Omit<T, 'province'> & { province: Province | null }

/** One exhibitor row of a fair as stored: producer, booth and showcased products. */
type ExhibitorRow = NonNullable<Fair['exhibitors']>[number]

/** A fair as the lists read it: LIST_SELECT's fields (and its exhibitor rows when asked for), its province in place. */
export type FairListItem = WithProvince<Pick<Fair, 'id' | keyof typeof LIST_SELECT | 'exhibitors'>>

/** A fair as a list shows it (FairItem): a listed fair, with or without its booth. */
export type FairSummary = Omit<FairListItem, 'exhibitors'>

/** A fair with the booth of the exhibitor row that matched (see withBooth). */
export type FairWithBooth = FairSummary & { booth: string | null }

/** Fairs with their province (from the 34 units, read once) in place of its id. */
async function withProvince<T extends { province?: Ref }>(docs: readonly T[]): Promise<WithProvince<T>[]> {
  const byId = new Map((await provinces()).map((p) => [String(p.id), p]))
  return docs.map((f) => ({ ...f, province: byId.get(String(idOf(f.province))) ?? null }))
}

async function findFairs(where: Where, locale: Locale, options: { limit?: number; sort?: string; withExhibitors?: boolean } = {}): Promise<FairListItem[]> {
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
  return withProvince(found.docs)
}

/** Every published fair (the calendar is small: tens a year). */
export function allFairs(locale: Locale): Promise<FairListItem[]> {
  return findFairs({}, locale)
}

/**
 * Fairs not yet over, soonest first. The database compares instants, so the window starts a
 * day early and the exact Vietnamese-day rule (fairStatus) decides on the page.
 */
export function currentAndUpcomingFairs(locale: Locale, now: Date, limit?: number): Promise<FairListItem[]> {
  const since = `${addDays(calendarDay(now), -1)}T00:00:00.000Z`
  return findFairs({ endDate: { greater_than_equal: since } }, locale, { limit })
}

/** Fairs where an exhibitor shows this product, with that exhibitor's booth. */
export async function fairsShowingProduct(productId: number | string, locale: Locale): Promise<FairWithBooth[]> {
  const fairs = await findFairs({ 'exhibitors.products': { in: [productId] } }, locale, { sort: '-startDate', withExhibitors: true })
  return fairs.map((fair) => withBooth(fair, (row) => (Array.isArray(row.products) ? row.products : []).some((p) => String(idOf(p)) === String(productId))))
}

/** Fairs this producer exhibits at, with its booth. */
export async function fairsOfProducer(producerId: number | string, locale: Locale): Promise<FairWithBooth[]> {
  const fairs = await findFairs({ 'exhibitors.producer': { in: [producerId] } }, locale, { sort: '-startDate', withExhibitors: true })
  return fairs.map((fair) => withBooth(fair, (row) => String(idOf(row.producer)) === String(producerId)))
}

/** The fair with `booth` from the exhibitor row that matches, and without the other rows. */
function withBooth(fair: FairListItem, matches: (row: ExhibitorRow) => boolean): FairWithBooth {
  const { exhibitors, ...rest } = fair
  const row = (Array.isArray(exhibitors) ? exhibitors : []).find(matches)
  return { ...rest, booth: row?.booth ?? null }
}

/** A fair as the product filter reads it: name, slug and exhibitor rows. */
export type FairShowing = Pick<Fair, 'id' | 'name' | 'slug' | 'exhibitors'>

/** The products shown at a published fair: each row's showcased products, or all of an exhibitor's when it names none. */
export async function productsAtFair(slug: string): Promise<{ fair: FairShowing; where: Where } | undefined> {
  const found = await (await payload()).find({
    collection: 'fairs',
    ...publicRead,
    depth: 0,
    limit: 1,
    where: { slug: { equals: slug } },
    select: { name: true, slug: true, exhibitors: true },
  })
  const fair = found.docs[0]
  if (!fair) return undefined
  const rows = Array.isArray(fair.exhibitors) ? fair.exhibitors : []
  const products = rows.flatMap((row) => (Array.isArray(row.products) ? row.products : []).map(idOf))
  const wholeRange = rows.filter((row) => !Array.isArray(row.products) || row.products.length === 0).map((row) => idOf(row.producer))
  const or: Where[] = [...(products.length > 0 ? [{ id: { in: products } }] : []), ...(wholeRange.length > 0 ? [{ producer: { in: wholeRange } }] : [])]
  return { fair, where: or.length > 0 ? { or } : { id: { in: [-1] } } }
}

/** An exhibitor as a fair's page shows it: brand, slug, kind, verified, and its province in place. */
export type ExhibitorProducer = WithProvince<Pick<Producer, 'id' | 'brandName' | 'slug' | 'province' | 'kind' | 'verified'>>

/** A fair for its page: its province in place, each row's producer read (or its id when unpublished) and its products as ids. */
export type FairPage = Omit<WithProvince<Fair>, 'exhibitors'> & {
  exhibitors: (Omit<ExhibitorRow, 'producer' | 'products'> & {
    producer: ExhibitorProducer | number | string | undefined
    products: (number | string | undefined)[]
  })[]
}

/** One fair with its exhibitor rows: the producer (brand, slug, province; an id when unpublished), booth and showcased product ids. */
export async function fairBySlug(slug: string, locale: Locale): Promise<FairPage | undefined> {
  const found = await (await payload()).find({ collection: 'fairs', ...publicRead, locale, depth: 0, limit: 1, where: { slug: { equals: slug } } })
  const fair = found.docs[0]
  if (!fair) return undefined
  const [withPlace] = await withProvince([fair])
  const rows = Array.isArray(fair.exhibitors) ? fair.exhibitors : []
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
        producer: producer ? { ...producer, province: byId.get(String(idOf(producer.province))) ?? null } : idOf(row.producer),
        products: (Array.isArray(row.products) ? row.products : []).map(idOf),
      }
    }),
  }
}
