import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../../access/roles'
import { makeReference } from '../../../../src/enquiries/reference'
import { addWorkingDays } from '../../../../src/enquiries/workingDays'

export const RESPONSE_WORKING_DAYS = 3

/**
 * On create: a reference for the buyer, the producer (from the product when only that was sent),
 * its province for staff scoping, and the response deadline. On answer: the time it was answered.
 */
export const prepareEnquiry: CollectionBeforeChangeHook = async ({ data, req, operation, originalDoc }) => {
  if (operation === 'create') {
    data.reference ??= makeReference()
    data.dueAt ??= addWorkingDays(new Date(), RESPONSE_WORKING_DAYS).toISOString()
    const productId = idOf(data.product)
    if (data.producer == null && productId !== undefined) {
      const product = await req.payload.findByID({ collection: 'products', id: productId, depth: 0, overrideAccess: true, req })
      data.producer = idOf(product.producer as never)
    }
  }
  const producerId = idOf(data.producer ?? originalDoc?.producer)
  if (producerId !== undefined && (operation === 'create' || data.producer !== undefined)) {
    const producer = await req.payload.findByID({ collection: 'producers', id: producerId, depth: 0, draft: true, overrideAccess: true, req })
    data.province = idOf(producer.province as never) ?? null
  }
  if (data.status === 'answered' && originalDoc?.status !== 'answered') data.answeredAt = new Date().toISOString()
  return data
}
