/**
 * The product list with its filters, and one product with everything its page shows.
 * The award filter first finds the matching product ids (one DISTINCT query), the certification
 * filter the producers holding one; a former province name leads to the unit that absorbed it.
 */
import type { Where } from 'payload'
import { addDays, calendarDay } from '../../../src/dates/calendar-day'
import { matchProvinces } from '../../../src/provinces/match-provinces'
import type { ProductFilters } from '../../../src/site/product-filters'
import type { Locale } from '../../../src/site/routes'
import type { Product } from '../../../cms/payload-types'
import { idOf, payload, publicRead } from '../payload'
import { productCards, type CardPage } from './cards'
import { type FairShowing, productsAtFair } from './fairs'
import { groupAndChildren, productGroups, provinces, type Group, type Province } from './reference'

export const PRODUCTS_PER_PAGE = 24

export type ProductListNotes = {
  /** The former province the buyer typed, and the unit it belongs to now. */
  formerProvince?: { former: string; current: Province[] }
  unknownProvince?: string
  unknownGroup?: string
  unknownFair?: string
}

export type ProductList = CardPage & { notes: ProductListNotes; groups: Group[]; provinces: Province[]; province?: Province; group?: Group; fair?: FairShowing }

type Id = number | string

/** Products with an award at this level and/or in this year (one DISTINCT query on awards). */
async function productIdsWithAward(level: string | undefined, year: number | undefined): Promise<Id[]> {
  const where: Where[] = []
  if (level) where.push({ level: { equals: level } })
  if (year) where.push({ year: { equals: year } })
  const found = await (await payload()).findDistinct({ collection: 'awards', field: 'product', ...publicRead, where: { and: where }, limit: 0 })
  return found.values.map((v) => idOf(v.product)).filter((id): id is Id => id !== undefined)
}

/**
 * A certificate of this kind that still holds today: no end date, or one not yet passed. On
 * SQL databases both conditions apply to the same row of the certifications array.
 */
function currentCertificate(kind: string, now: Date): Where {
  // The first instant of today in Vietnam (UTC+7): a certificate valid until today still holds.
  const today = `${addDays(calendarDay(now), -1)}T17:00:00.000Z`
  return {
    and: [
      { 'certifications.kind': { equals: kind } },
      { or: [{ 'certifications.validUntil': { exists: false } }, { 'certifications.validUntil': { greater_than_equal: today } }] },
    ],
  }
}

/** Products holding a current certificate of this kind, their own or their producer's. */
async function withCertification(kind: string, now: Date): Promise<Where> {
  const producers = await (await payload()).find({
    collection: 'producers',
    ...publicRead,
    depth: 0,
    pagination: false,
    where: currentCertificate(kind, now),
    select: {},
  })
  const producerIds = producers.docs.map((d) => d.id)
  return { or: [currentCertificate(kind, now), ...(producerIds.length > 0 ? [{ producer: { in: producerIds } }] : [])] }
}

export async function listProducts(filters: ProductFilters, locale: Locale, now: Date): Promise<ProductList> {
  const [groups, allProvinces] = await Promise.all([productGroups(locale), provinces()])
  const notes: ProductListNotes = {}
  const and: Where[] = []
  let group: Group | undefined
  let province: Province | undefined

  if (filters.group) {
    const matched = groupAndChildren(groups, filters.group)
    if (matched.length > 0) {
      group = matched[0]
      and.push({ productGroup: { in: matched.map((g) => g.id) } })
    } else notes.unknownGroup = filters.group
  }
  if (filters.province) {
    const match = matchProvinces(filters.province, allProvinces)
    if (match.provinces.length > 0) {
      province = match.provinces[0]
      and.push({ province: { in: match.provinces.map((p) => p.id) } })
      if (match.formerName) notes.formerProvince = { former: match.formerName, current: match.provinces }
    } else notes.unknownProvince = filters.province
  }
  if (filters.level || filters.year) {
    const ids = await productIdsWithAward(filters.level, filters.year)
    and.push({ id: { in: ids.length > 0 ? ids : [-1] } })
  }
  if (filters.cert) and.push(await withCertification(filters.cert, now))
  let fair: FairShowing | undefined
  if (filters.fair) {
    const shown = await productsAtFair(filters.fair)
    if (shown) {
      fair = shown.fair
      and.push(shown.where)
    } else notes.unknownFair = filters.fair
  }

  const page = await productCards(and.length > 0 ? { and } : {}, locale, { page: filters.page, limit: PRODUCTS_PER_PAGE })
  return { ...page, notes, groups, provinces: allProvinces, group, province, fair }
}

/** Years that have awards, newest first, for the year filter. */
export async function awardYears(): Promise<number[]> {
  const p = await payload()
  const [newest, oldest] = await Promise.all(
    ['-year', 'year'].map((sort) => p.find({ collection: 'awards', ...publicRead, depth: 0, limit: 1, sort, select: { year: true } })),
  )
  const from = oldest?.docs[0]?.year
  const to = newest?.docs[0]?.year
  if (!from || !to) return []
  return Array.from({ length: to - from + 1 }, (_, i) => to - i)
}

export const PRODUCT_POPULATE = {
  producers: { brandName: true, legalName: true, slug: true, kind: true, province: true, summary: true, verified: true },
  provinces: { name: true, nameEn: true, slug: true },
  'product-groups': { name: true, slug: true, code: true },
  media: { alt: true, filename: true, width: true, height: true, mimeType: true, sizes: true },
} as const

/** One published product by slug, with its producer, group, province and pictures. */
export async function productBySlug(slug: string, locale: Locale): Promise<Product | undefined> {
  const found = await (await payload()).find({
    collection: 'products',
    ...publicRead,
    locale,
    depth: 1,
    limit: 1,
    where: { slug: { equals: slug } },
    populate: PRODUCT_POPULATE,
  })
  return found.docs[0]
}
