/** The product list: filters from the address, one page of cards, and the choices for the form. */
import { parseProductFilters } from '../../../src/site/product-filters'
import type { Locale } from '../../../src/site/routes'
import { awardYears, listProducts } from '../queries/products'

export async function loadProducts(url: URL, locale: Locale, now: Date) {
  const filters = parseProductFilters(url.searchParams)
  const [list, years] = await Promise.all([listProducts(filters, locale, now), awardYears()])
  return { filters, list, years }
}

export type ProductsData = Awaited<ReturnType<typeof loadProducts>>
