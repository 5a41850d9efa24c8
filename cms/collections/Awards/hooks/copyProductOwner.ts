import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../../access/roles'

const LEVEL_VI: Record<string, string> = {
  commune: 'cấp xã',
  district: 'cấp huyện',
  provincial: 'cấp tỉnh',
  regional: 'cấp khu vực',
  national: 'cấp quốc gia',
}

/** Copies the product's producer onto the award and builds the admin title. */
export const copyProductOwner: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  const productId = idOf(data.product ?? originalDoc?.product)
  if (productId !== undefined) {
    const product = await req.payload.findByID({ collection: 'products', id: productId, depth: 0, draft: true, overrideAccess: true, locale: 'vi', req })
    data.producer = idOf(product.producer as never) ?? null
    const level = data.level ?? originalDoc?.level
    const year = data.year ?? originalDoc?.year
    data.title = `${product.name} — ${LEVEL_VI[level] ?? level} ${year}`
  }
  return data
}
