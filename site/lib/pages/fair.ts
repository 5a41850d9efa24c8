/**
 * One fair's page: the fair, and each exhibitor with its booth, its awards and its award-winning
 * products (the products it shows at this fair first).
 */
import { bestAward, levelRank } from '../../../src/awards/award-levels'
import type { Locale } from '../../../src/site/routes'
import { idOf, payload, populated, publicRead } from '../payload'
import { cardsByIds, type ProductCardData } from '../queries/cards'
import { type ExhibitorProducer, fairBySlug } from '../queries/fairs'

export type ExhibitorAward = { level: string; year: number }
export type Exhibitor = { producer: ExhibitorProducer; booth?: string | null; products: ProductCardData[]; awards: ExhibitorAward[] }

export async function loadFair(slug: string, locale: Locale) {
  const fair = await fairBySlug(slug, locale)
  if (!fair) return undefined
  const rows = fair.exhibitors.flatMap((row) => {
    const producer = populated(row.producer)
    return producer ? [{ producer, booth: row.booth, showcased: row.products }] : []
  })
  const showcased = new Set(rows.flatMap((row) => row.showcased.map(String)))
  let exhibitors: Exhibitor[] = rows.map(({ producer, booth }) => ({ producer, booth, products: [], awards: [] }))
  if (rows.length > 0) {
    const awards = await (await payload()).find({
      collection: 'awards',
      ...publicRead,
      depth: 0,
      pagination: false,
      where: { producer: { in: rows.map((e) => e.producer.id) } },
      select: { product: true, producer: true, level: true, year: true },
    })
    const byProduct = new Map<string, { producer: string; awards: ExhibitorAward[] }>()
    for (const a of awards.docs) {
      const key = String(idOf(a.product))
      const entry = byProduct.get(key) ?? { producer: String(idOf(a.producer)), awards: [] }
      entry.awards.push({ level: a.level, year: a.year })
      byProduct.set(key, entry)
    }
    // Showcased products first, then the highest award.
    const ids = [...byProduct.keys()].sort(
      (a, b) => Number(showcased.has(b)) - Number(showcased.has(a)) || levelOrder(byProduct.get(a)!.awards) - levelOrder(byProduct.get(b)!.awards),
    )
    const cards = await cardsByIds(
      ids.map((id) => (/^\d+$/.test(id) ? Number(id) : id)),
      locale,
    )
    exhibitors = rows.map(({ producer, booth }) => {
      const products = cards.filter((c) => byProduct.get(String(c.id))?.producer === String(producer.id))
      // Only the awards of products buyers can open: an unpublished product's award shows nowhere.
      return { producer, booth, products, awards: sortAwards(products.flatMap((c) => byProduct.get(String(c.id))?.awards ?? [])) }
    })
  }
  return { fair, exhibitors, showcased }
}

function levelOrder(awards: ExhibitorAward[]): number {
  return levelRank(bestAward(awards)?.level ?? '')
}

/** Highest level first, then newest; one entry per level and year. */
function sortAwards(awards: ExhibitorAward[]): ExhibitorAward[] {
  const unique = new Map(awards.map((a) => [`${a.level} ${a.year}`, a]))
  return [...unique.values()].sort((a, b) => levelRank(a.level) - levelRank(b.level) || b.year - a.year)
}

export type FairData = NonNullable<Awaited<ReturnType<typeof loadFair>>>
