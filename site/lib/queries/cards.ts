/**
 * Product cards: the few fields a grid needs. The products come in one query; their producers,
 * first pictures and best awards in one more query each for the whole page (see by-ids.ts).
 */
import type { Where } from 'payload'
import { bestAward } from '../../../src/awards/award-levels'
import type { Product } from '../../../cms/payload-types'
import type { Locale } from '../../../src/site/routes'
import { pictureOf, type Picture } from '../media'
import { idOf, payload, populated, publicRead } from '../payload'
import { byIds, MEDIA_SELECT, pick } from './by-ids'
import { provinceName, provinces } from './reference'

export type CardAward = { level: string; year: number }
export type ProductCardData = {
  id: number | string
  slug: string
  name: string
  picture?: Picture
  producer?: { name: string; slug: string }
  province?: string
  award?: CardAward
  /** Chosen by centre staff to stand out. */
  featured?: boolean
}

export const CARD_SELECT = { name: true, slug: true, images: true, producer: true, province: true, featured: true } as const

/** A product as read for a card: CARD_SELECT's fields at depth 0. */
export type CardSource = Pick<Product, 'id' | keyof typeof CARD_SELECT>

/** A card's product with its producer, province and first picture in place of their ids (see populateCards). */
type PopulatedCard = Awaited<ReturnType<typeof populateCards>>[number]

export function toCard(doc: PopulatedCard, locale: Locale, award?: CardAward): ProductCardData {
  const producer = populated(doc.producer)
  const images = Array.isArray(doc.images) ? doc.images : []
  return {
    id: doc.id,
    slug: doc.slug,
    name: doc.name,
    picture: images.map((m) => pictureOf(m, 'card')).find(Boolean),
    producer: producer ? { name: producer.brandName, slug: producer.slug } : undefined,
    province: provinceName(populated(doc.province), locale) || undefined,
    award,
    featured: doc.featured === true,
  }
}

/** The best award of each product, by product id. */
export async function bestAwards(productIds: readonly (number | string)[]): Promise<Map<string, CardAward>> {
  const result = new Map<string, CardAward>()
  if (productIds.length === 0) return result
  const awards = await (await payload()).find({
    collection: 'awards',
    ...publicRead,
    depth: 0,
    pagination: false,
    where: { product: { in: [...productIds] } },
    select: { product: true, level: true, year: true },
  })
  const byProduct = new Map<string, CardAward[]>()
  for (const a of awards.docs) {
    const key = String(idOf(a.product))
    byProduct.set(key, [...(byProduct.get(key) ?? []), { level: a.level, year: a.year }])
  }
  for (const [key, list] of byProduct) result.set(key, bestAward(list)!)
  return result
}

export type CardPage = { cards: ProductCardData[]; total: number; page: number; pages: number }

/** Producer, province and first picture of each product, fetched in three queries for the whole page. */
async function populateCards(docs: readonly CardSource[], locale: Locale) {
  const [producers, media, allProvinces] = await Promise.all([
    byIds(
      'producers',
      docs.map((d) => d.producer),
      { brandName: true, slug: true },
    ),
    byIds(
      'media',
      docs.map((d) => (Array.isArray(d.images) ? d.images[0] : undefined)),
      MEDIA_SELECT,
      locale,
    ),
    provinces(),
  ])
  const provinceById = new Map(allProvinces.map((p) => [String(p.id), p]))
  return docs.map((d) => ({
    ...d,
    producer: pick(producers, d.producer) ?? d.producer,
    province: provinceById.get(String(idOf(d.province))) ?? d.province,
    images: Array.isArray(d.images) && d.images.length > 0 ? [pick(media, d.images[0])].filter((m) => m !== undefined) : [],
  }))
}

/** One page of published products as cards. */
export async function productCards(where: Where, locale: Locale, options: { page?: number; limit?: number; sort?: string | string[] } = {}): Promise<CardPage> {
  const limit = options.limit ?? 24
  const found = await (await payload()).find({
    collection: 'products',
    ...publicRead,
    locale,
    depth: 0,
    where,
    limit,
    page: options.page ?? 1,
    // Featured first, then by slug: the Vietnamese name without diacritics, so alphabetical,
    // and an indexed column (sorting on the localised name costs ~20 ms at 10,000 products).
    sort: options.sort ?? ['-featured', 'slug'],
    select: CARD_SELECT,
  })
  return { ...(await toCards(found.docs, locale)), total: found.totalDocs, page: found.page ?? 1, pages: Math.max(1, found.totalPages) }
}

/** Cards for products read at depth 0 (with at least CARD_SELECT's fields). */
export async function toCards(docs: readonly CardSource[], locale: Locale): Promise<{ cards: ProductCardData[] }> {
  const [withRelations, awards] = await Promise.all([populateCards(docs, locale), bestAwards(docs.map((d) => d.id))])
  return { cards: withRelations.map((d) => toCard(d, locale, awards.get(String(d.id)))) }
}

/** Cards for given products, in the order of `ids` (unpublished ones are skipped). */
export async function cardsByIds(ids: readonly (number | string)[], locale: Locale): Promise<ProductCardData[]> {
  if (ids.length === 0) return []
  const { cards } = await productCards({ id: { in: [...ids] } }, locale, { limit: ids.length })
  const order = new Map(ids.map((id, i) => [String(id), i]))
  return cards.sort((a, b) => (order.get(String(a.id)) ?? 0) - (order.get(String(b.id)) ?? 0))
}
