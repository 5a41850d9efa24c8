/**
 * One fair's page: the fair, and each exhibitor with its award-winning products (the products
 * it shows at this fair first).
 */
import { bestAward, levelRank } from '../../../src/awards/award-levels'
import type { Locale } from '../../../src/site/routes'
import { idOf, payload, populated, publicRead, type Doc } from '../payload'
import { cardsByIds, type ProductCardData } from '../queries/cards'
import { fairBySlug } from '../queries/fairs'

export type Exhibitor = { producer: Doc; products: ProductCardData[] }

export async function loadFair(slug: string, locale: Locale) {
  const fair = await fairBySlug(slug, locale)
  if (!fair) return undefined
  const exhibitors = (Array.isArray(fair.exhibitors) ? fair.exhibitors : []).map(populated).filter((p): p is Doc => Boolean(p))
  const showcased = new Set((Array.isArray(fair.products) ? fair.products : []).map((p: unknown) => String(idOf(p))))
  let withProducts: Exhibitor[] = exhibitors.map((producer) => ({ producer, products: [] }))
  if (exhibitors.length > 0) {
    const awards = await (await payload()).find({
      collection: 'awards',
      ...publicRead,
      depth: 0,
      pagination: false,
      where: { producer: { in: exhibitors.map((e) => e.id) } },
      select: { product: true, producer: true, level: true, year: true },
    })
    const byProduct = new Map<string, { producer: string; awards: { level: string; year: number }[] }>()
    for (const a of awards.docs as Doc[]) {
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
    withProducts = exhibitors.map((producer) => ({
      producer,
      products: cards.filter((c) => byProduct.get(String(c.id))?.producer === String(producer.id)),
    }))
  }
  return { fair, exhibitors: withProducts, showcased }
}

function levelOrder(awards: { level: string; year: number }[]): number {
  return levelRank(bestAward(awards)?.level ?? '')
}

export type FairData = NonNullable<Awaited<ReturnType<typeof loadFair>>>
