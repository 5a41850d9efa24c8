import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { idOf } from '../../../access/roles'

const LEVEL_VI: Record<string, string> = {
  commune: 'cấp xã',
  district: 'cấp huyện',
  provincial: 'cấp tỉnh',
  regional: 'cấp khu vực',
  national: 'cấp quốc gia',
}

/** The award's admin title: product name (published), level, year. */
export const awardTitle = (productName: string, level: string, year: number | string) => `${productName} — ${LEVEL_VI[level] ?? level} ${year}`

/**
 * `req.context` key of a Map product id → { name, producer, _status } that bulk writers (the award
 * import) already hold, so each award need not read its product again. Their name is the latest
 * draft's, so it is used for the title only when that draft is the published version.
 */
export const KNOWN_PRODUCTS = 'knownProducts'

type KnownProduct = { name: string; producer: number | string; _status?: string | null }

/**
 * The product's owner, and its name as the public sees it: the published version's, or a neutral
 * stand-in while the product was never published. The award's title is public (anonymous
 * `GET /api/awards`), so it must never carry a draft's name or its unpublished edits.
 */
async function productFacts(req: PayloadRequest, productId: number | string, known: KnownProduct | undefined) {
  if (known?._status === 'published') return { name: known.name, producer: known.producer }
  // draft: false reads the main document, which keeps the last published version.
  const main = await req.payload.findByID({ collection: 'products', id: productId, depth: 0, draft: false, overrideAccess: true, locale: 'vi', req })
  return { name: main._status === 'published' ? main.name : `Sản phẩm #${productId}`, producer: known?.producer ?? idOf(main.producer) }
}

/** Copies the product's producer onto the award and builds the admin title. */
export const copyProductOwner: CollectionBeforeChangeHook = async ({ data, req, originalDoc, context }) => {
  const productId = idOf(data.product ?? originalDoc?.product)
  if (productId !== undefined) {
    const known = (context[KNOWN_PRODUCTS] as Map<string, KnownProduct> | undefined)?.get(String(productId))
    const product = await productFacts(req, productId, known)
    data.producer = product.producer ?? null
    const level = data.level ?? originalDoc?.level
    const year = data.year ?? originalDoc?.year
    data.title = awardTitle(product.name, level, year)
  }
  return data
}
