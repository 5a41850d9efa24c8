/** The awards page: a lookup by number, one level's list, or the overview of every level. */
import { isAwardLevel } from '../../../src/awards/award-levels'
import { parsePage, parseYear, shortText } from '../../../src/site/product-filters'
import type { Locale } from '../../../src/site/routes'
import { awardById, awardOverview, listAwards, lookupAwards } from '../queries/awards'
import { awardYears } from '../queries/products'
import { provinces } from '../queries/reference'

export function parseAwardFilters(params: URLSearchParams) {
  const level = params.get('level')
  return {
    level: isAwardLevel(level) ? level : undefined,
    year: parseYear(params.get('year')),
    province: shortText(params.get('province')),
    number: shortText(params.get('number'), 60),
    page: parsePage(params.get('page')),
  }
}
export type AwardPageFilters = ReturnType<typeof parseAwardFilters>

export async function loadAwards(url: URL, locale: Locale) {
  const filters = parseAwardFilters(url.searchParams)
  const [years, allProvinces] = await Promise.all([awardYears(), provinces()])
  const common = { filters, years, provinces: allProvinces }
  if (filters.number) return { ...common, kind: 'lookup' as const, found: await lookupAwards(filters.number, locale) }
  if (filters.level) return { ...common, kind: 'list' as const, list: await listAwards({ ...filters, level: filters.level }, locale) }
  return { ...common, kind: 'overview' as const, overview: await awardOverview(filters, locale) }
}

export type AwardsData = Awaited<ReturnType<typeof loadAwards>>

export async function loadAward(id: string, locale: Locale) {
  const award = await awardById(id, locale)
  return award ? { award } : undefined
}

export type AwardData = NonNullable<Awaited<ReturnType<typeof loadAward>>>
