/** One brand's page: the producer, its products, awards and fairs. */
import type { Locale } from '../../../src/site/routes'
import type { Producer } from '../../../cms/payload-types'
import { awardsOfProducer } from '../queries/awards'
import { productCards } from '../queries/cards'
import { fairsOfProducer } from '../queries/fairs'
import { producerBySlug } from '../queries/producers'

export async function loadBrand(slug: string, locale: Locale) {
  const producer = await producerBySlug(slug, locale)
  return producer ? brandPage(producer, locale) : undefined
}

/** The page's content around a producer already read (published, or a draft for its preview). */
export async function brandPage(producer: Producer, locale: Locale) {
  const [products, awards, fairs] = await Promise.all([
    productCards({ producer: { equals: producer.id } }, locale, { limit: 100 }),
    awardsOfProducer(producer.id, locale),
    fairsOfProducer(producer.id, locale),
  ])
  return { producer, products: products.cards, awards, fairs }
}

export type BrandData = Awaited<ReturnType<typeof brandPage>>
