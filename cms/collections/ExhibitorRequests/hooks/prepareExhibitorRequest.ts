import type { CollectionBeforeChangeHook } from 'payload'
import { fairStatus } from '../../../../src/fairs/fair-status'
import { idOf, isStaff, producerOf, userOf } from '../../../access/roles'
import { alreadyAsked, alreadyExhibiting, fairNotOpen, notOwnProduct, onlyProducersAsk, producerNeeded } from '../../../fairs/exhibitor-refusals'

/**
 * On create: a producer asks for itself whatever the form says; the fair must be published and not
 * started, the producer not already listed nor waiting for an answer, and the products its own.
 * The title and the deciding province (the fair's, else the producer's) are set here.
 */
export const prepareExhibitorRequest: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const user = userOf(req)
  const own = producerOf(user)
  if (own !== undefined) data.producer = own
  else if (!isStaff(user)) throw onlyProducersAsk()
  const producerId = idOf(data.producer)
  const fairId = idOf(data.fair)
  if (producerId === undefined) throw producerNeeded()
  if (fairId === undefined) throw fairNotOpen()
  const [fair, producer] = await Promise.all([
    req.payload.findByID({ collection: 'fairs', id: fairId, depth: 0, overrideAccess: true, locale: 'vi', disableErrors: true, req }),
    req.payload.findByID({ collection: 'producers', id: producerId, depth: 0, draft: true, overrideAccess: true, disableErrors: true, req }),
  ])
  if (!producer) throw producerNeeded()
  // The demo seed dates its fairs from its own clock (a fixed one in tests), not today's.
  const upcoming = Boolean(req.context?.seeding) || (fair !== null && fairStatus(fair, new Date()) === 'upcoming')
  if (fair?._status !== 'published' || !upcoming) throw fairNotOpen()
  if ((fair.exhibitors ?? []).some((row) => String(idOf(row.producer)) === String(producerId))) throw alreadyExhibiting()
  const waiting = await req.payload.count({
    collection: 'exhibitor-requests',
    where: { and: [{ fair: { equals: fairId } }, { producer: { equals: producerId } }, { status: { equals: 'waiting' } }] },
    overrideAccess: true,
    req,
  })
  if (waiting.totalDocs > 0) throw alreadyAsked()
  const productIds = (data.products ?? []).map(idOf).filter((id: unknown) => id !== undefined)
  if (productIds.length > 0) {
    const owned = await req.payload.count({
      collection: 'products',
      where: { and: [{ id: { in: productIds } }, { producer: { equals: producerId } }] },
      overrideAccess: true,
      req,
    })
    if (owned.totalDocs !== productIds.length) throw notOwnProduct()
  }
  data.title = `${producer.brandName} — ${fair.name}`
  data.province = idOf(fair.province) ?? idOf(producer.province) ?? null
  data.status = 'waiting'
  return data
}
