/**
 * Awards are public, but an award must not surface a product that is not (or no longer)
 * published. Querying across the relation (`product._status`) makes Payload join the products
 * table once per access rule, which grows into hundreds of joins; instead lists that count and
 * page (the awards page, the sitemap) exclude the ids of unpublished products, and short lists
 * simply drop awards whose product the public cannot read.
 *
 * This is the one read with `overrideAccess: true`: it selects ids only (`select: {}`), of
 * documents the public may not see, and uses them only to leave things out.
 */
import type { Where } from 'payload'
import { payload } from '../payload'

export async function unpublishedProductIds(): Promise<(number | string)[]> {
  const p = await payload()
  const hidden: Where = { _status: { equals: 'draft' } }
  // Counting is nearly free; reading the ids costs a few milliseconds per hundred.
  if ((await p.count({ collection: 'products', overrideAccess: true, where: hidden })).totalDocs === 0) return []
  const found = await p.find({ collection: 'products', overrideAccess: true, draft: false, depth: 0, pagination: false, where: hidden, select: {} })
  return found.docs.map((d) => d.id)
}

/** A where clause that keeps awards of published products only. */
export async function publishedProductAwards(): Promise<Where> {
  const hidden = await unpublishedProductIds()
  return hidden.length > 0 ? { product: { not_in: hidden } } : {}
}
