/** The product list: filters from the address, one page of cards, and the choices for the form (fairs on now or coming up). */
import { parseProductFilters } from '../../../src/site/product-filters'
import type { Locale } from '../../../src/site/routes'
import { currentAndUpcomingFairs } from '../queries/fairs'
import { awardYears, listProducts } from '../queries/products'

export async function loadProducts(url: URL, locale: Locale, now: Date) {
  const filters = parseProductFilters(url.searchParams)
  const [list, years, fairs] = await Promise.all([listProducts(filters, locale, now), awardYears(), currentAndUpcomingFairs(locale, now)])
  return { filters, list, years, fairs }
}

export type ProductsData = Awaited<ReturnType<typeof loadProducts>>
