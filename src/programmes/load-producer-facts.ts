/**
 * What the showroom knows about a producer, gathered once for the eligibility rules and for
 * prefilling an application: province, product groups and products, awards, earlier support.
 * Reads with overrideAccess: callers decide who may see the result.
 */
import type { Payload } from 'payload'
import type { Producer } from '../../cms/payload-types'
import type { AwardLevel } from './kinds'
import type { ProducerFacts } from './eligibility'
import { idOf, type Ref } from '../relations/relation-ref'

const sys = { overrideAccess: true, depth: 0, pagination: false } as const

export type ProducerRecord = {
  producer: Producer
  facts: ProducerFacts
  productNames: string[]
  awards: { level: AwardLevel; year: number; product: string }[]
}

export async function loadProducerFacts(payload: Payload, producerId: number | string): Promise<ProducerRecord> {
  const producer = await payload.findByID({ collection: 'producers', id: producerId, overrideAccess: true, depth: 0, draft: true, locale: 'vi' })
  const provinceId = idOf(producer.province as Ref)
  const province = provinceId ? await payload.findByID({ collection: 'provinces', id: provinceId, overrideAccess: true, depth: 0 }) : undefined
  const products = await payload.find({
    collection: 'products',
    ...sys,
    where: { producer: { equals: producerId } },
    locale: 'vi',
    select: { name: true, productGroup: true },
    sort: 'name',
  })
  const ids = products.docs.map((p) => p.id)
  const awards = ids.length
    ? await payload.find({ collection: 'awards', ...sys, where: { product: { in: ids } }, select: { level: true, year: true, product: true } })
    : { docs: [] }
  const nameOf = new Map(products.docs.map((p) => [String(p.id), p.name]))
  return {
    producer,
    productNames: products.docs.map((p) => p.name),
    awards: awards.docs.map((a) => ({ level: a.level as AwardLevel, year: a.year, product: nameOf.get(String(idOf(a.product as Ref))) ?? '' })),
    facts: {
      province: provinceId,
      provinceName: province?.name,
      productGroups: [...new Set(products.docs.map((p) => idOf(p.productGroup as Ref)).filter((g) => g !== undefined))],
      kind: producer.kind,
      foundedYear: producer.foundedYear,
      awardLevels: awards.docs.map((a) => a.level as AwardLevel),
      supportYears: (producer.support ?? []).map((s) => s.year),
    },
  }
}
