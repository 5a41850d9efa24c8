import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../../access/roles'

/**
 * Keeps `province` equal to the producer's as the public sees it (published, or the draft while
 * never published), so scoping and filters need no join. When the producer moves, the producer's
 * moveProductsWithProducer hook brings its products along.
 */
export const copyProducerProvince: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  const producerId = idOf(data.producer ?? originalDoc?.producer)
  if (producerId === undefined) return data
  const producer = await req.payload.findByID({ collection: 'producers', id: producerId, depth: 0, draft: false, overrideAccess: true, req })
  data.province = idOf(producer.province) ?? null
  return data
}
