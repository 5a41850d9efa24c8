/** One brand's page: the producer, its products, awards and fairs. */
import type { Locale } from '../../../src/site/routes'
import { awardsOfProducer } from '../queries/awards'
import { productCards } from '../queries/cards'
import { fairsOfProducer } from '../queries/fairs'
import { producerBySlug } from '../queries/producers'

export async function loadBrand(slug: string, locale: Locale) {
  const producer = await producerBySlug(slug, locale)
  if (!producer) return undefined
  const [products, awards, fairs] = await Promise.all([
    productCards({ producer: { equals: producer.id } }, locale, { limit: 100 }),
    awardsOfProducer(producer.id, locale),
    fairsOfProducer(producer.id, locale),
  ])
  return { producer, products: products.cards, awards, fairs }
}

export type BrandData = NonNullable<Awaited<ReturnType<typeof loadBrand>>>
