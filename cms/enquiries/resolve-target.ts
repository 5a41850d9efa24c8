/**
 * What an enquiry is about, as the public may see it: a published product (and through it its
 * producer) or a published producer. Drafts and unknown ids are refused, so nobody can send an
 * enquiry to a page that is not in the showroom. Answers are remembered for a short while: a
 * product rarely changes producer, and the lookups would otherwise cost more than the write.
 */
import type { Payload } from 'payload'
import { EnquiryError } from '../../src/enquiries/errors'
import { idOf } from '../access/roles'

export type EnquiryTarget = {
  productId?: number | string
  producerId: number | string
  provinceId?: number | string
  producerName: string
  productName?: string
}

const TTL_MS = 30_000
const MAX_ENTRIES = 2_000
const caches = new WeakMap<Payload, Map<string, { at: number; target: EnquiryTarget | null }>>()

// No catch in these reads: a database that cannot answer is "try again later" (503), not "no such product".
const publicRead = { limit: 1, depth: 0, pagination: false, overrideAccess: false, draft: false, locale: 'vi' } as const

async function readProduct(payload: Payload, id: number | string) {
  const result = await payload.find({ collection: 'products', ...publicRead, where: { id: { equals: id } }, select: { producer: true, name: true } })
  return result.docs[0]
}

async function readProducer(payload: Payload, id: number | string) {
  const result = await payload.find({ collection: 'producers', ...publicRead, where: { id: { equals: id } }, select: { province: true, brandName: true } })
  return result.docs[0]
}

/** An id of the database's kind, or undefined for one that cannot exist (no query is made for it). */
function usableId(payload: Payload, id: string | undefined): number | string | undefined {
  if (!id) return undefined
  if (payload.db.defaultIDType === 'number') return /^\d{1,15}$/.test(id) ? Number(id) : undefined
  if (payload.db.name === 'mongoose') return /^[a-f\d]{24}$/i.test(id) ? id : undefined
  return id
}

async function lookUp(payload: Payload, productIdText?: string, producerIdText?: string): Promise<EnquiryTarget | null> {
  const productId = usableId(payload, productIdText)
  const producerId = usableId(payload, producerIdText)
  if (productIdText) {
    if (productId === undefined) return null
    const product = await readProduct(payload, productId)
    const owner = idOf(product?.producer)
    if (!product || owner === undefined) return null
    const producer = await readProducer(payload, owner)
    if (!producer) return null
    return {
      productId: product.id,
      producerId: owner,
      provinceId: idOf(producer.province),
      producerName: producer.brandName ?? '',
      productName: product.name ?? '',
    }
  }
  if (producerId === undefined) return null
  const producer = await readProducer(payload, producerId)
  if (!producer) return null
  return { producerId: producer.id, provinceId: idOf(producer.province), producerName: producer.brandName ?? '' }
}

export async function resolveTarget(payload: Payload, ids: { product?: string; producer?: string }, now = Date.now()): Promise<EnquiryTarget> {
  let cache = caches.get(payload)
  if (!cache) caches.set(payload, (cache = new Map()))
  const key = ids.product ? `product:${ids.product}` : `producer:${ids.producer}`
  const hit = cache.get(key)
  let target: EnquiryTarget | null
  if (hit && now - hit.at < TTL_MS) target = hit.target
  else {
    target = await lookUp(payload, ids.product, ids.producer)
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string)
    cache.set(key, { at: now, target })
  }
  if (!target) throw new EnquiryError('unknownTarget', `no published ${ids.product ? `product ${ids.product}` : `producer ${ids.producer}`}`)
  return target
}

/** Tests and the admin forget remembered answers (after unpublishing, say). */
export function forgetTargets(payload: Payload): void {
  caches.delete(payload)
}
