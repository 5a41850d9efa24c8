import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../../access/roles'
import { loadEnv } from '../../../../src/config/env'
import { makeReference } from '../../../../src/enquiries/reference'
import { addWorkingDays } from '../../../../src/enquiries/working-days'

/** Working days a producer has to answer (RESPONSE_WORKING_DAYS, default 3). */
export const RESPONSE_WORKING_DAYS = loadEnv().RESPONSE_WORKING_DAYS

/** What a buyer's submission already resolved (cms/enquiries/submit-enquiry.ts), so it is not looked up twice. */
export type EnquiryCreateContext = {
  enquiryTarget?: { producerId: number | string; provinceId?: number | string | null }
  enquiryNow?: string
  responseWorkingDays?: number
}

/**
 * The one place an enquiry's derived fields are set, for buyers' submissions and staff's alike.
 * On create: a reference, the producer (from the product when only
 * that was given), its province for staff scoping, and the response deadline. On answer: the time
 * it was answered. On reassignment to another producer: a fresh deadline (unless staff set one in
 * the same save), status back to new, so the new producer is notified and the clock restarts.
 */
export const prepareEnquiry: CollectionBeforeChangeHook = async ({ data, req, operation, originalDoc, context }) => {
  const given = context as EnquiryCreateContext
  const now = given.enquiryNow ? new Date(given.enquiryNow) : new Date()
  if (operation === 'create' && given.enquiryTarget) {
    // A buyer's submission: the target was resolved (and checked) before; nothing to look up.
    data.reference ??= makeReference(now)
    data.dueAt ??= addWorkingDays(now, given.responseWorkingDays ?? RESPONSE_WORKING_DAYS).toISOString()
    data.producer = given.enquiryTarget.producerId
    data.province = given.enquiryTarget.provinceId ?? null
    return data
  }
  if (operation === 'create') {
    data.reference ??= makeReference()
    data.dueAt ??= addWorkingDays(now, RESPONSE_WORKING_DAYS).toISOString()
    const productId = idOf(data.product)
    if (data.producer == null && productId !== undefined) {
      const product = await req.payload.findByID({ collection: 'products', id: productId, depth: 0, overrideAccess: true, req })
      data.producer = idOf(product.producer)
    }
  }
  const producerId = idOf(data.producer ?? originalDoc?.producer)
  const reassigned = operation === 'update' && data.producer !== undefined && String(idOf(data.producer)) !== String(idOf(originalDoc?.producer))
  if (producerId !== undefined && (operation === 'create' || reassigned)) {
    const producer = await req.payload.findByID({ collection: 'producers', id: producerId, depth: 0, draft: true, overrideAccess: true, req })
    data.province = idOf(producer.province) ?? null
  }
  if (reassigned) {
    const dueChanged = data.dueAt !== undefined && new Date(data.dueAt).getTime() !== new Date(originalDoc?.dueAt ?? 0).getTime()
    if (!dueChanged) data.dueAt = addWorkingDays(now, RESPONSE_WORKING_DAYS).toISOString()
    if (['new', 'forwarded'].includes(String(data.status ?? originalDoc?.status))) data.status = 'new'
    data.escalatedAt = null
    data.notifiedAt = null
  }
  if (data.status === 'answered' && originalDoc?.status !== 'answered') data.answeredAt ??= now.toISOString()
  return data
}
