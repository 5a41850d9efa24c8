/** Queries the public pages share. Each returns plain data ready to render. */
import { payload, publicRead } from './payload'

export type Locale = 'vi' | 'en'

/** Award-winning products, national first, newest year first. */
export async function awardWinners(locale: Locale, limit = 12) {
  const p = await payload()
  const awards = await p.find({
    collection: 'awards',
    ...publicRead,
    locale,
    depth: 2,
    limit: limit * 3,
    sort: ['-year'],
    where: { level: { in: ['national', 'regional', 'provincial'] } },
  })
  const rank = { national: 0, regional: 1, provincial: 2 } as Record<string, number>
  const seen = new Set<string>()
  const winners = []
  for (const award of [...awards.docs].sort((a, b) => (rank[a.level] ?? 9) - (rank[b.level] ?? 9) || b.year - a.year)) {
    const product = award.product
    if (!product || typeof product !== 'object' || seen.has(String(product.id))) continue
    if ((product as { _status?: string })._status !== 'published') continue
    seen.add(String(product.id))
    winners.push({ award, product })
    if (winners.length >= limit) break
  }
  return winners
}
