import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../../access/roles'

const LEVEL_VI: Record<string, string> = {
  commune: 'cấp xã',
  district: 'cấp huyện',
  provincial: 'cấp tỉnh',
  regional: 'cấp khu vực',
  national: 'cấp quốc gia',
}

/**
 * `req.context` key of a Map product id → { name, producer } that bulk writers (the award import)
 * already hold, so each award need not read its product again.
 */
export const KNOWN_PRODUCTS = 'knownProducts'

type KnownProduct = { name: string; producer: number | string }

/** Copies the product's producer onto the award and builds the admin title. */
export const copyProductOwner: CollectionBeforeChangeHook = async ({ data, req, originalDoc, context }) => {
  const productId = idOf(data.product ?? originalDoc?.product)
  if (productId !== undefined) {
    const known = (context[KNOWN_PRODUCTS] as Map<string, KnownProduct> | undefined)?.get(String(productId))
    const product =
      known ?? (await req.payload.findByID({ collection: 'products', id: productId, depth: 0, draft: true, overrideAccess: true, locale: 'vi', req }))
    data.producer = idOf(product.producer as never) ?? null
    const level = data.level ?? originalDoc?.level
    const year = data.year ?? originalDoc?.year
    data.title = `${product.name} — ${LEVEL_VI[level] ?? level} ${year}`
  }
  return data
}
