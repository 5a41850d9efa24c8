/**
 * Products keep a copy of their producer's province (products' copyProducerProvince hook, so
 * staff scoping and the province filter need no join). When a save leaves a producer in another
 * province than its products, they follow here, in the same transaction (`req`):
 *
 * - a product whose latest version is published gets an ordinary published update of `province`
 *   (a new version in its history);
 * - a product whose latest version is a draft — never published, or unpublished edits over a
 *   published version — gets a draft save of `province` on top of that draft, so its edits stay
 *   and nothing is published; its live row (what the public lists) gets the province directly
 *   from the database adapter, because any published save through the Local API would either
 *   publish the draft or bury it under a newer version.
 *
 * Products follow the producer as the public sees it: its published version, or its draft while it
 * was never published. Staff saving an unpublished draft that moves a published producer moves
 * nothing yet (the public producer page still shows the old province); publishing it does.
 * Products are compared with that province rather than with the previous version, so a save that
 * only publishes an earlier draft's move still takes them along. Search learns of it
 * after the commit from the sync jobs queued with `req`: each product update queues its own, and
 * the producer's job re-indexes all its products (cms/search/syncSearchTarget.ts). No `context`
 * is passed: the Local API merges it into the shared `req.context`, so a flag meant for the
 * product saves would also silence the producer's own hooks that run after this one. The product
 * saves change no producer, so nothing loops.
 */
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { idOf, type Ref } from '../../../access/roles'
import type { Producer } from '../../../payload-types'

type ProductRow = { id: number | string; province?: Ref; _status?: 'draft' | 'published' | null }

const same = (a: Ref, b: Ref) => String(idOf(a) ?? '') === String(idOf(b) ?? '')

/** The producer the public sees: the published row (the draft itself while never published). */
async function publicProducer(req: PayloadRequest, doc: Producer) {
  if (doc._status !== 'draft') return doc
  return req.payload.findByID({ collection: 'producers', id: doc.id, draft: false, depth: 0, overrideAccess: true, req })
}

export const moveProductsWithProducer: CollectionAfterChangeHook<Producer> = async ({ doc, operation, req }) => {
  if (operation !== 'update') return doc
  const province = idOf((await publicProducer(req, doc)).province)
  if (province === undefined) return doc
  const products = (draft: boolean) =>
    req.payload.find({
      collection: 'products',
      where: { producer: { equals: doc.id } },
      draft,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { province: true, _status: true },
      req,
    })
  const [live, latest] = await Promise.all([products(false), products(true)])
  const liveById = new Map((live.docs as ProductRow[]).map((row) => [String(row.id), row]))
  const options = { collection: 'products', depth: 0, overrideAccess: true, req } as const
  for (const row of latest.docs as ProductRow[]) {
    const liveRow = liveById.get(String(row.id))
    if (row._status === 'published') {
      if (!same(row.province, province) || (liveRow && !same(liveRow.province, province))) {
        await req.payload.update({ ...options, id: row.id, draft: false, data: { province: province as number } })
      }
      continue
    }
    if (!same(row.province, province)) await req.payload.update({ ...options, id: row.id, draft: true, data: { province: province as number } })
    if (liveRow && !same(liveRow.province, province)) {
      await req.payload.db.updateOne({ collection: 'products', id: row.id, data: { province }, req, returning: false })
    }
  }
  return doc
}
