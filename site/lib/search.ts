/**
 * The search page's fallback while the engine is not ready (site/lib/search-page.ts picks): the
 * same hit shape as the engine's SearchHit, answered from the database.
 *
 * Products, brands and fairs whose name (or summary) contains the words as typed, plus products
 * of a province (current or former name, with or without diacritics) or a product group named in
 * the query. SQLite compares diacritics exactly, so for a query typed without diacritics the
 * distinct published names are also folded here ("mat ong" finds "Mật ong"): fine for tens of
 * thousands of products while the engine restores its snapshot after a start.
 */
import type { Where } from 'payload'
import { foldPlaceName, matchProvinces } from '../../src/provinces/match-provinces'
import { DEFAULT_HITS_PER_PAGE } from '../../src/search/settings/index-settings'
import { foldText } from '../../src/text/fold-text'
import { sectionPath, type Locale } from '../../src/site/routes'
import { CARD_SELECT, toCards, type ProductCardData } from './queries/cards'
import { productGroups, provinces } from './queries/reference'
import { payload, publicRead } from './payload'

export type ShowroomHit = {
  kind: 'product' | 'producer' | 'fair'
  sourceId: string
  slug: string
  url: string
  title: string
  snippet: string
  date?: string
  /** Products only: the card to show. */
  card?: ProductCardData
}

export type ShowroomResult = {
  query: string
  hits: ShowroomHit[]
  /** Products matched, over all pages; brands and fairs come on page 1. */
  totalHits: number
  page: number
  pages: number
}

const MAX_QUERY = 100

export async function searchShowroom(q: string, locale: Locale, page = 1): Promise<ShowroomResult> {
  const query = q.trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY)
  if (!query) return { query, hits: [], totalHits: 0, page: 1, pages: 1 }
  const p = await payload()
  const [groups, allProvinces] = await Promise.all([productGroups(locale), provinces()])
  const folded = foldPlaceName(query)
  const placeIds = matchProvinces(query, allProvinces).provinces.map((x) => x.id)
  const groupIds = groups.filter((g) => foldPlaceName(g.name) === folded).map((g) => g.id)

  const textMatch = await foldedMatches(query, locale)
  const productWhere: Where = {
    or: [
      ...(textMatch.products.length ? [{ name: { in: textMatch.products } }] : []),
      { name: { like: query } },
      { summary: { like: query } },
      ...(placeIds.length ? [{ province: { in: placeIds } }] : []),
      ...(groupIds.length ? [{ productGroup: { in: groupIds } }] : []),
    ],
  }
  const [products, producers, fairs] = await Promise.all([
    p.find({
      collection: 'products',
      ...publicRead,
      locale,
      depth: 0,
      where: productWhere,
      limit: DEFAULT_HITS_PER_PAGE,
      page,
      sort: ['-featured', 'slug'],
      select: CARD_SELECT_WITH_SUMMARY,
    }),
    page === 1
      ? p.find({
          collection: 'producers',
          ...publicRead,
          locale,
          depth: 0,
          limit: 6,
          sort: 'brandName',
          select: { brandName: true, slug: true, summary: true },
          where: {
            or: [
              { brandName: { like: query } },
              { legalName: { like: query } },
              ...(textMatch.producers.length ? [{ brandName: { in: textMatch.producers } }] : []),
              ...(placeIds.length ? [{ province: { in: placeIds } }] : []),
            ],
          },
        })
      : undefined,
    page === 1
      ? p.find({
          collection: 'fairs',
          ...publicRead,
          locale,
          depth: 0,
          limit: 4,
          sort: '-startDate',
          select: { name: true, slug: true, summary: true, startDate: true },
          where: { name: { like: query } },
        })
      : undefined,
  ])
  const { cards } = await toCards(products.docs, locale)
  const hits: ShowroomHit[] = [
    ...(producers?.docs ?? []).map((d) => ({
      kind: 'producer' as const,
      sourceId: String(d.id),
      slug: d.slug,
      url: sectionPath(locale, 'brands', d.slug),
      title: d.brandName,
      snippet: d.summary ?? '',
    })),
    ...(fairs?.docs ?? []).map((d) => ({
      kind: 'fair' as const,
      sourceId: String(d.id),
      slug: d.slug,
      url: sectionPath(locale, 'fairs', d.slug),
      title: d.name,
      snippet: d.summary ?? '',
      date: d.startDate,
    })),
    ...products.docs.map((d, i) => ({
      kind: 'product' as const,
      sourceId: String(d.id),
      slug: d.slug,
      url: sectionPath(locale, 'products', d.slug),
      title: d.name,
      snippet: d.summary ?? '',
      card: cards[i],
    })),
  ]
  return { query, hits, totalHits: products.totalDocs, page: products.page ?? 1, pages: Math.max(1, products.totalPages) }
}

/**
 * Product and brand names that contain every word of the query once diacritics are folded away,
 * from the distinct names (one query each, no documents built). Only for queries typed without
 * diacritics: the database matches the others itself.
 */
async function foldedMatches(query: string, locale: Locale): Promise<{ products: string[]; producers: string[] }> {
  const words = foldText(query).split(/\s+/).filter(Boolean)
  if (foldText(query) !== query.toLowerCase() || words.length === 0) return { products: [], producers: [] }
  const p = await payload()
  const [products, producers] = await Promise.all([
    p.findDistinct({ collection: 'products', field: 'name', ...publicRead, locale, limit: 0 }),
    p.findDistinct({ collection: 'producers', field: 'brandName', ...publicRead, limit: 0 }),
  ])
  const hits = (values: Record<string, unknown>[], field: string) =>
    values
      .map((v) => String(v[field] ?? ''))
      .filter((name) => name && words.every((w) => foldText(name).includes(w)))
      .slice(0, 2000)
  return { products: hits(products.values, 'name'), producers: hits(producers.values, 'brandName') }
}

const CARD_SELECT_WITH_SUMMARY = { ...CARD_SELECT, summary: true } as const
