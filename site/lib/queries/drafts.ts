/**
 * Drafts, for the signed preview page only (site/pages/xem-truoc): the link itself is the
 * permission (src/site/preview-link.ts), so these read past the public rules that every other
 * query of the site keeps. Undefined when the document is gone.
 */
import type { Locale } from '../../../src/site/routes'
import type { Producer, Product } from '../../../cms/payload-types'
import { payload } from '../payload'
import { MEDIA_FIELDS } from './producers'
import { PRODUCT_POPULATE } from './products'

const draftRead = { draft: true, overrideAccess: true, depth: 1, disableErrors: true } as const

export async function productDraft(id: string, locale: Locale): Promise<Product | undefined> {
  const found = await (await payload()).findByID({ collection: 'products', id, locale, ...draftRead, populate: PRODUCT_POPULATE })
  return found ?? undefined
}

export async function producerDraft(id: string, locale: Locale): Promise<Producer | undefined> {
  const found = await (await payload()).findByID({
    collection: 'producers',
    id,
    locale,
    ...draftRead,
    populate: { provinces: { name: true, nameEn: true, slug: true }, media: MEDIA_FIELDS },
  })
  return found ?? undefined
}
