import type { CollectionAfterChangeHook } from 'payload'

/**
 * Award titles carry the product's published name only (see the awards' copyProductOwner), so
 * publishing a product re-saves its awards' titles: a draft's award stops reading "Sản phẩm #id",
 * and a published rename reaches the awards. Drafts leave the awards alone.
 */
export const refreshAwardTitles: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context.seeding || doc._status !== 'published') return doc
  if (previousDoc?._status === 'published' && previousDoc.name === doc.name) return doc
  const { docs } = await req.payload.find({
    collection: 'awards',
    where: { product: { equals: doc.id } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const award of docs) {
    await req.payload.update({ collection: 'awards', id: award.id, data: { product: doc.id }, depth: 0, overrideAccess: true, req })
  }
  return doc
}
