/** One product's page: the product, its awards, the fairs showing it. */
import type { Product } from '../../../cms/payload-types'
import type { Locale } from '../../../src/site/routes'
import { populated } from '../payload'
import { awardsOfProduct } from '../queries/awards'
import { fairsShowingProduct } from '../queries/fairs'
import { productBySlug } from '../queries/products'

export async function loadProduct(slug: string, locale: Locale) {
  const product = await productBySlug(slug, locale)
  return product ? productPage(product, locale) : undefined
}

/** The page's content around a product already read (published, or a draft for its preview). */
export async function productPage(product: Product, locale: Locale) {
  const [awards, fairs] = await Promise.all([awardsOfProduct(product.id, locale), fairsShowingProduct(product.id, locale)])
  return { product, producer: populated(product.producer), awards, fairs }
}

export type ProductData = Awaited<ReturnType<typeof productPage>>
