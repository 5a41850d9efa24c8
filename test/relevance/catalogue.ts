/**
 * Expected items, read from the demo catalogue (scripts/seed/demo/), never from what the engine
 * returns: a slug that leaves the catalogue fails loudly here instead of silently judging nothing.
 */
import { DEMO_PRODUCERS } from '../../scripts/seed/demo/producers/index'

const PUBLISHED_PRODUCTS = new Set(DEMO_PRODUCERS.flatMap((p) => p.products.filter((x) => !x.draft).map((x) => x.slug)))

/** Published products by slug. */
export function products(...slugs: string[]): string[] {
  for (const slug of slugs) if (!PUBLISHED_PRODUCTS.has(slug)) throw new Error(`no published demo product ${slug}`)
  return slugs.map((slug) => `product:${slug}`)
}

/** The producer and every published product of it. */
export function ofProducer(...slugs: string[]): string[] {
  return slugs.flatMap((slug) => {
    const producer = DEMO_PRODUCERS.find((p) => p.slug === slug)
    if (!producer) throw new Error(`no demo producer ${slug}`)
    return [`producer:${slug}`, ...producer.products.filter((p) => !p.draft).map((p) => `product:${p.slug}`)]
  })
}

/** The producer alone. */
export function producer(slug: string): string[] {
  if (!DEMO_PRODUCERS.some((p) => p.slug === slug)) throw new Error(`no demo producer ${slug}`)
  return [`producer:${slug}`]
}

/** Everything located in a current province (by its slug). */
export function inProvince(slug: string): string[] {
  return ofProducer(...DEMO_PRODUCERS.filter((p) => p.province === slug).map((p) => p.slug))
}

/** Everything of the producers that stood in a former province before 1 July 2025. */
export function inFormerProvince(name: string): string[] {
  const slugs = DEMO_PRODUCERS.filter((p) => p.formerProvince === name).map((p) => p.slug)
  if (slugs.length === 0) throw new Error(`no demo producer in former ${name}`)
  return ofProducer(...slugs)
}

/** Published products whose slug passes the test. */
export function productsWhere(test: (slug: string) => boolean): string[] {
  return [...PUBLISHED_PRODUCTS].filter(test).map((slug) => `product:${slug}`)
}

export const nfd = (text: string) => text.normalize('NFD')
