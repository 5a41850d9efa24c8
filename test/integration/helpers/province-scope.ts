/**
 * Shared set-up of the province scope tests (province-scope*.test.ts): boots Payload and builds
 * the world; offers the Local API as staff limited to Tây Ninh (`staffOther`, where producer B
 * is), the checks of a write's outcome, and makers of documents in a given province.
 */
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, expect } from 'vitest'
import { idOf } from '../../../cms/access/roles'
import { bootPayload, type TestPayload } from './bootPayload'
import { restClient } from './rest-client'
import { makeWorld, userFor, type World } from './world'

/** Filled by the beforeAll of setUpProvinceScope. */
export const pv = {
  ctx: undefined as unknown as TestPayload,
  world: undefined as unknown as World,
  rest: undefined as unknown as ReturnType<typeof restClient>,
}
export const sys = { overrideAccess: true, context: { seeding: true } } as const
let counter = 0
/** A number not used before, for unique names and slugs. */
export const nextNumber = () => ++counter

export function setUpProvinceScope(): void {
  beforeAll(async () => {
    pv.ctx = await bootPayload()
    pv.world = await makeWorld(pv.ctx.payload)
    pv.rest = restClient(pv.ctx.payload)
  }, 120_000)
  afterAll(async () => pv.ctx?.cleanup())
}

/** The Local API as staff limited to Tây Ninh (producer B's province). */
export const scoped = async () => ({ overrideAccess: false, user: await userFor(pv.ctx.payload, pv.world, 'staffOther'), depth: 0 }) as const

/** 'ok', or the status of the refusal. */
export async function outcome(write: () => Promise<unknown>): Promise<'ok' | number> {
  try {
    await write()
    return 'ok'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === undefined) throw error
    return status
  }
}

/** A refusal of a write that would carry the document out of scope: 403 and the bilingual message. */
export async function refusedOutOfScope(write: () => Promise<unknown>) {
  const error = await write().then(
    () => undefined,
    (e: unknown) => e as { status?: number; message?: string },
  )
  expect(error, 'the write went through').toBeDefined()
  expect(error!.status).toBe(403)
  expect(error!.message).toMatch(/^Ngoài phạm vi tỉnh\/thành .+ \/ Outside the provinces .+/)
}

export const stored = (collection: CollectionSlug, id: number | string) =>
  pv.ctx.payload.findByID({ collection, id, ...sys, depth: 0, draft: true }) as Promise<any>
export const ref = (value: unknown) => idOf(value as never)
// A unique slug, as the slug hook would make from the name.
export const nextSlug = () => `doc-${++counter}`

export const newProducer = (province: number) =>
  pv.ctx.payload.create({
    collection: 'producers',
    ...sys,
    data: { brandName: `Cơ sở ${++counter}`, slug: `co-so-${counter}`, legalName: 'HKD', kind: 'household', province, _status: 'published' },
  })
export const newProduct = (producer: number) =>
  pv.ctx.payload.create({
    collection: 'products',
    ...sys,
    locale: 'vi',
    data: { name: `SP ${++counter}`, slug: `sp-${counter}`, producer, productGroup: pv.world.group.id, _status: 'published' },
  })
export const awardData = (product: number, province: number) => ({
  product,
  level: 'provincial' as const,
  year: 2023,
  awardingBody: 'UBND tỉnh',
  decisionNumber: `${++counter}/QĐ-UBND`,
  province,
  provinceNameAtAward: 'Long An',
})
export const newEnquiry = (producer: number) =>
  pv.ctx.payload.create({
    collection: 'enquiries',
    ...sys,
    data: { producer, status: 'new', name: 'Buyer', email: 'buyer@example.com', message: 'Báo giá', consent: true },
  })
export const newMedia = (owner?: number) =>
  pv.ctx.payload.create({
    collection: 'media',
    ...sys,
    data: { alt: 'Ảnh', ...(owner ? { owner } : {}) },
    file: { data: pv.world.PNG_1x1, mimetype: 'image/png', name: `s${++counter}.png`, size: pv.world.PNG_1x1.length },
  })
