/**
 * Demo products: published, except the few marked `draft` (tests use them to prove drafts stay
 * hidden). Each shows its producer's generated picture. Upserted by slug.
 */
import { certificationRows } from './certifications'
import { DEMO_PRODUCERS } from './demo/producers'
import type { DemoProducer, DemoProduct } from './demo/types'
import { lexicalFromParagraphs } from './lexical'
import { provinceBySlug } from './seedProvinces'
import type { Localised, SeedRun } from './types'
import { upsert } from './upsert'

type Lang = keyof Localised

/** The summary, any detail paragraphs, and a line on who makes it and where. */
function descriptionOf(product: DemoProduct, producer: DemoProducer, lang: Lang) {
  const province = provinceBySlug(producer.province)
  const origin =
    lang === 'vi' ? `Sản xuất bởi ${producer.legalName}, ${province.name}.` : `Made by ${producer.brandName} (${producer.legalName}), ${province.nameEn}.`
  return lexicalFromParagraphs([product.summary[lang], ...(product.details?.[lang] ?? []), origin])
}

function localisedFields(product: DemoProduct, producer: DemoProducer, lang: Lang) {
  return {
    name: product.name[lang],
    summary: product.summary[lang],
    description: descriptionOf(product, producer, lang),
    specs: {
      size: product.size?.[lang] ?? null,
      packaging: product.packaging?.[lang] ?? null,
      shelfLife: product.shelfLife?.[lang] ?? null,
      ingredients: product.ingredients?.[lang] ?? null,
    },
    minimumOrder: (product.minimumOrder ?? producer.trade.minimumOrder)[lang],
    leadTime: (product.leadTime ?? producer.trade.leadTime)[lang],
    price: product.price ? { unit: product.price.unit[lang] } : undefined,
  }
}

export async function seedProducts(run: SeedRun): Promise<void> {
  let total = 0
  for (const producer of DEMO_PRODUCERS) {
    const producerId = run.ids.producers.get(producer.slug)
    const imageId = run.ids.media.get(producer.slug)
    for (const product of producer.products) {
      const groupId = run.ids.groups.get(product.group)
      if (groupId === undefined) throw new Error(`Product ${product.slug}: unknown product group ${product.group}`)
      const vi = localisedFields(product, producer, 'vi')
      const doc = await upsert(run, {
        collection: 'products',
        where: { slug: { equals: product.slug } },
        status: product.draft ? 'draft' : 'published',
        data: {
          ...vi,
          slug: product.slug,
          producer: producerId,
          productGroup: groupId,
          images: imageId === undefined ? [] : [imageId],
          price: product.price
            ? { min: product.price.min, max: product.price.max ?? null, currency: product.price.currency ?? 'VND', unit: vi.price?.unit }
            : { min: null, max: null, unit: null },
          hsCode: product.hsCode ?? null,
          certifications: certificationRows(product.certifications, producer, run.now),
          featured: product.featured ?? false,
        },
        en: () => localisedFields(product, producer, 'en'),
      })
      run.ids.products.set(product.slug, doc.id)
      total += 1
    }
  }
  run.log(`products: ${total}`)
}
