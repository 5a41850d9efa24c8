/** The brand list, optionally for one province (current or former name). */
import { matchProvinces } from '../../../src/provinces/match-provinces'
import { parsePage, shortText } from '../../../src/site/product-filters'
import type { Locale } from '../../../src/site/routes'
import { listProducers } from '../queries/producers'
import { provinces } from '../queries/reference'

/** The list's page and province as the address gives them (the province is echoed on the page). */
export function parseBrandFilters(params: URLSearchParams) {
  return { page: parsePage(params.get('page')), provinceValue: shortText(params.get('province')) }
}

export async function loadBrands(url: URL, locale: Locale) {
  const { page, provinceValue } = parseBrandFilters(url.searchParams)
  const all = await provinces()
  const match = matchProvinces(provinceValue, all)
  const where = match.provinces.length > 0 ? { province: { in: match.provinces.map((p) => p.id) } } : undefined
  const list = await listProducers(locale, { page, where })
  return {
    ...list,
    provinces: all,
    province: match.provinces[0],
    provinceValue,
    formerName: match.formerName,
    unknownProvince: provinceValue && match.provinces.length === 0 ? provinceValue : undefined,
  }
}

export type BrandsData = Awaited<ReturnType<typeof loadBrands>>
