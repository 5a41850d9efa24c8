/**
 * Shared set-up of the field privacy tests (field-privacy*.test.ts): boots Payload, builds the
 * world, makes producer A keep its contacts private and producer B show its own, saves drafts over
 * published documents, and offers the walk over an answer's fields.
 */
import type { CollectionSlug, Field, FlattenedField, Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'
import { bootPayload, type TestPayload } from './bootPayload'
import { PUBLIC_FIELDS } from './public-fields'
import { restClient } from './rest-client'
import { makeWorld, type World } from './world'

export { PUBLIC_FIELDS }

const sys = { overrideAccess: true, context: { seeding: true } } as const

/** What the producer keeps private; none of these strings may reach the public. */
export const PRIVATE_CONTACTS = {
  person: 'Chị Kín Đáo',
  phone: '0909 777 001',
  zalo: '0909777002',
  email: 'kin-rieng@example.com',
  web: 'https://kin-rieng.example',
}
/** Names only ever saved as drafts. */
export const DRAFT_MARKERS = ['Mật ong bạc hà (nháp)', 'Tên nháp chưa công bố', 'Thương hiệu nháp chưa công bố']

/** Filled by the beforeAll of setUpFieldPrivacy. */
export const fp = {
  ctx: undefined as unknown as TestPayload,
  world: undefined as unknown as World,
  rest: undefined as unknown as ReturnType<typeof restClient>,
  privateProducerId: undefined as unknown as number | string,
  publicProducerId: undefined as unknown as number | string,
}

export function setUpFieldPrivacy(): void {
  beforeAll(async () => {
    fp.ctx = await bootPayload()
    const world = await makeWorld(fp.ctx.payload)
    fp.world = world
    fp.rest = restClient(fp.ctx.payload)
    const p = fp.ctx.payload
    // Producer A keeps its contacts private; producer B shows its own.
    await p.update({
      collection: 'producers',
      id: world.producerA.id,
      ...sys,
      data: { contacts: { ...PRIVATE_CONTACTS, private: true }, logo: world.mediaA.id },
    })
    await p.update({
      collection: 'producers',
      id: world.producerB.id,
      ...sys,
      data: { contacts: { person: 'Anh Bến', phone: '0272 123 456', private: false } },
    })
    fp.privateProducerId = world.producerA.id
    fp.publicProducerId = world.producerB.id
    // Unpublished edits over published documents, and an award saved after them.
    await p.update({ collection: 'products', id: world.productA.id, ...sys, draft: true, locale: 'vi', data: { name: 'Tên nháp chưa công bố' } })
    await p.update({ collection: 'producers', id: world.producerA.id, ...sys, draft: true, data: { brandName: 'Thương hiệu nháp chưa công bố' } })
    await p.create({
      collection: 'awards',
      ...sys,
      data: {
        product: world.productA.id,
        level: 'national',
        year: 2025,
        awardingBody: 'Bộ Công Thương',
        decisionNumber: '77/QĐ-BCT',
        province: world.p1.id,
        provinceNameAtAward: 'Bình Dương',
      },
    })
    // A published fair showing both producers and their products, so depth 2 reaches their contacts.
    await p.update({
      collection: 'fairs',
      id: world.fair.id,
      ...sys,
      data: {
        exhibitors: [
          { producer: world.producerA.id, booth: 'A01', products: [world.productA.id] },
          { producer: world.producerB.id, booth: 'A02', products: [world.productB.id] },
        ],
      },
    })
  }, 120_000)
  afterAll(async () => fp.ctx?.cleanup())
}

type Embedded = { slug: CollectionSlug; doc: Record<string, unknown> }

/** The dotted paths of a document's data (array items as `[]`), and the documents populated inside it. */
export function pathsOf(payload: Payload, slug: CollectionSlug, doc: Record<string, unknown>) {
  const paths = new Set<string>()
  const embedded: Embedded[] = []
  const walk = (value: Record<string, unknown>, fields: (Field | FlattenedField)[], prefix: string) => {
    for (const [key, inner] of Object.entries(value)) {
      const field = fields.find((f) => 'name' in f && f.name === key) as FlattenedField | undefined
      const path = `${prefix}${key}`
      if (field?.type === 'group' && inner && typeof inner === 'object') walk(inner as Record<string, unknown>, field.flattenedFields, `${path}.`)
      else if (field?.type === 'array' && Array.isArray(inner)) {
        if (inner.length === 0) paths.add(path)
        for (const item of inner) walk(item as Record<string, unknown>, field.flattenedFields, `${path}[].`)
      } else if ((field?.type === 'relationship' || field?.type === 'upload') && typeof field.relationTo === 'string') {
        paths.add(path)
        for (const item of Array.isArray(inner) ? inner : [inner])
          if (item && typeof item === 'object') embedded.push({ slug: field.relationTo as CollectionSlug, doc: item as Record<string, unknown> })
      } else paths.add(path)
    }
  }
  walk(doc, payload.collections[slug].config.flattenedFields, '')
  return { paths, embedded }
}

/** Every field path outside the allow-list, in a document and in everything populated inside it. */
export function unexpected(payload: Payload, slug: CollectionSlug, doc: Record<string, unknown>): string[] {
  const allowed = new Set(PUBLIC_FIELDS[slug] ?? [])
  const { paths, embedded } = pathsOf(payload, slug, doc)
  const extra = [...paths].filter((p) => !allowed.has(p)).map((p) => `${slug}.${p}`)
  return [...extra, ...embedded.flatMap((e) => unexpected(payload, e.slug, e.doc))]
}

/** Producers anywhere in an answer, populated or not, by id. */
export function producersIn(payload: Payload, slug: CollectionSlug, doc: Record<string, unknown>): Record<string, unknown>[] {
  const own = slug === 'producers' ? [doc] : []
  return [...own, ...pathsOf(payload, slug, doc).embedded.flatMap((e) => producersIn(payload, e.slug, e.doc))]
}

export const readable = Object.keys(PUBLIC_FIELDS) as CollectionSlug[]
