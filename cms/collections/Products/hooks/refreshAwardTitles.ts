import type { CollectionAfterChangeHook } from 'payload'
import { awardTitle } from '../../Awards/hooks/copyProductOwner'

/**
 * Award titles carry the product's published name only (see the awards' copyProductOwner), so
 * publishing a product rewrites its awards' titles: a draft's award stops reading "Sản phẩm #id",
 * and a published rename reaches the awards. Drafts leave the awards alone. Only the title is
 * written (through the adapter): nothing else of the award changes, so no hook or audit is due.
 */
export const refreshAwardTitles: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context.seeding || doc._status !== 'published') return doc
  if (previousDoc?._status === 'published' && previousDoc.name === doc.name) return doc
  const published = await req.payload.findByID({ collection: 'products', id: doc.id, depth: 0, draft: false, overrideAccess: true, locale: 'vi', req })
  const { docs } = await req.payload.find({
    collection: 'awards',
    where: { product: { equals: doc.id } },
    select: { level: true, year: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const award of docs) {
    await req.payload.db.updateOne({
      collection: 'awards',
      id: award.id,
      data: { title: awardTitle(String(published.name), String(award.level), String(award.year)) },
      req,
    })
  }
  return doc
}
