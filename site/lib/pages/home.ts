/** The home page: national winners, the latest awards, fairs coming up, groups and provinces. */
import type { Locale } from '../../../src/site/routes'
import { idOf, payload, publicRead } from '../payload'
import { latestAwards } from '../queries/awards'
import { cardsByIds } from '../queries/cards'
import { currentAndUpcomingFairs } from '../queries/fairs'
import { producerCountByProvince } from '../queries/producers'
import { groupTree, productGroups, provinces } from '../queries/reference'

/** Products with a national award: those staff feature first, then the newest round first. */
async function nationalWinners(locale: Locale, limit: number) {
  const awards = await (await payload()).find({
    collection: 'awards',
    ...publicRead,
    depth: 0,
    limit: limit * 3,
    sort: ['-year', '-decisionDate'],
    where: { level: { equals: 'national' } },
    select: { product: true },
  })
  const ids = [...new Set(awards.docs.map((a) => idOf(a.product)).filter((id) => id !== undefined))] as (number | string)[]
  // Unpublished products drop out here: the public cannot read them.
  const cards = await cardsByIds(ids.slice(0, limit * 2), locale)
  return [...cards.filter((c) => c.featured), ...cards.filter((c) => !c.featured)].slice(0, limit)
}

export async function loadHome(locale: Locale, now: Date) {
  const allProvinces = await provinces()
  const [winners, awards, fairs, groups, counts] = await Promise.all([
    nationalWinners(locale, 8),
    latestAwards(locale, 6),
    currentAndUpcomingFairs(locale, now, 4),
    productGroups(locale),
    producerCountByProvince(allProvinces.map((p) => p.id)),
  ])
  const provincesWithProducers = allProvinces.map((province) => ({ province, count: counts.get(String(province.id)) ?? 0 })).filter((p) => p.count > 0)
  return { winners, awards, fairs, groups: groupTree(groups).map((g) => g.group), provinces: provincesWithProducers }
}

export type HomeData = Awaited<ReturnType<typeof loadHome>>
