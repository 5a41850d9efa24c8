/**
 * Staff limited to provinces (here `staffOther`, limited to Tây Ninh, where producer B is; producer
 * A is in Hồ Chí Minh City) may write a document only when it is in their provinces both before
 * and after the change: every collection, and every relationship that can carry a document into
 * another province (a producer's province, a product's producer, an award's product and province,
 * an enquiry's producer, an upload's owner). Each case checks the stored document afterwards.
 */
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { idOf } from '../../cms/access/roles'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { restClient } from './helpers/rest-client'
import { makeWorld, userFor, type World } from './helpers/world'

let ctx: TestPayload
let world: World
let rest: ReturnType<typeof restClient>
const sys = { overrideAccess: true, context: { seeding: true } } as const
let counter = 0

beforeAll(async () => {
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
  rest = restClient(ctx.payload)
}, 120_000)
afterAll(async () => ctx?.cleanup())

/** The Local API as staff limited to Tây Ninh (producer B's province). */
const scoped = async () => ({ overrideAccess: false, user: await userFor(ctx.payload, world, 'staffOther'), depth: 0 }) as const

/** 'ok', or the status of the refusal. */
async function outcome(write: () => Promise<unknown>): Promise<'ok' | number> {
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
async function refusedOutOfScope(write: () => Promise<unknown>) {
  const error = await write().then(
    () => undefined,
    (e: unknown) => e as { status?: number; message?: string },
  )
  expect(error, 'the write went through').toBeDefined()
  expect(error!.status).toBe(403)
  expect(error!.message).toMatch(/^Ngoài phạm vi tỉnh\/thành .+ \/ Outside the provinces .+/)
}

const stored = (collection: CollectionSlug, id: number | string) => ctx.payload.findByID({ collection, id, ...sys, depth: 0, draft: true }) as Promise<any>
const ref = (value: unknown) => idOf(value as never)
// A unique slug, as the slug hook would make from the name.
const nextSlug = () => `doc-${++counter}`

const newProducer = (province: number) =>
  ctx.payload.create({
    collection: 'producers',
    ...sys,
    data: { brandName: `Cơ sở ${++counter}`, slug: `co-so-${counter}`, legalName: 'HKD', kind: 'household', province, _status: 'published' },
  })
const newProduct = (producer: number) =>
  ctx.payload.create({
    collection: 'products',
    ...sys,
    locale: 'vi',
    data: { name: `SP ${++counter}`, slug: `sp-${counter}`, producer, productGroup: world.group.id, _status: 'published' },
  })
const awardData = (product: number, province: number) => ({
  product,
  level: 'provincial' as const,
  year: 2023,
  awardingBody: 'UBND tỉnh',
  decisionNumber: `${++counter}/QĐ-UBND`,
  province,
  provinceNameAtAward: 'Long An',
})
const newEnquiry = (producer: number) =>
  ctx.payload.create({
    collection: 'enquiries',
    ...sys,
    data: { producer, status: 'new', name: 'Buyer', email: 'buyer@example.com', message: 'Báo giá', consent: true },
  })
const newMedia = (owner?: number) =>
  ctx.payload.create({
    collection: 'media',
    ...sys,
    data: { alt: 'Ảnh', ...(owner ? { owner } : {}) },
    file: { data: world.PNG_1x1, mimetype: 'image/png', name: `s${++counter}.png`, size: world.PNG_1x1.length },
  })

describe('producers', () => {
  it('should let scoped staff create and edit a producer in their province', async () => {
    const doc = await ctx.payload.create({
      collection: 'producers',
      ...(await scoped()),
      data: { brandName: 'Cơ sở mới Tây Ninh', slug: nextSlug(), legalName: 'HKD', kind: 'household', province: world.p2.id },
    })
    expect(await outcome(async () => ctx.payload.update({ collection: 'producers', id: doc.id, ...(await scoped()), data: { summary: 'Mới' } }))).toBe('ok')
  })

  it('should refuse creating one in another province', async () => {
    expect(
      await outcome(async () =>
        ctx.payload.create({
          collection: 'producers',
          ...(await scoped()),
          data: { brandName: 'Ngoài', slug: nextSlug(), legalName: 'HKD', kind: 'household', province: world.p1.id },
        }),
      ),
    ).toBe(403)
  })

  it('should refuse moving one of its producers into another province, published or as a draft', async () => {
    const own = await newProducer(world.p2.id)
    await refusedOutOfScope(async () => ctx.payload.update({ collection: 'producers', id: own.id, ...(await scoped()), data: { province: world.p1.id } }))
    await refusedOutOfScope(async () =>
      ctx.payload.update({ collection: 'producers', id: own.id, ...(await scoped()), draft: true, data: { province: world.p1.id } }),
    )
    expect(ref((await stored('producers', own.id)).province)).toBe(world.p2.id)
  })

  it('should refuse a bulk update that moves its producers out', async () => {
    const own = await newProducer(world.p2.id)
    const result = await ctx.payload.update({
      collection: 'producers',
      ...(await scoped()),
      where: { id: { equals: own.id } },
      data: { province: world.p1.id },
    })
    expect(result.docs).toHaveLength(0)
    expect(ref((await stored('producers', own.id)).province)).toBe(world.p2.id)
  })

  it('should refuse restoring a version from when the producer was in another province', async () => {
    const moved = await newProducer(world.p1.id)
    await ctx.payload.update({ collection: 'producers', id: moved.id, ...sys, data: { province: world.p2.id } })
    const { docs } = await ctx.payload.findVersions({ collection: 'producers', ...sys, where: { parent: { equals: moved.id } }, sort: 'createdAt', limit: 1 })
    await refusedOutOfScope(async () => ctx.payload.restoreVersion({ collection: 'producers', id: docs[0]!.id, ...(await scoped()) }))
    expect(ref((await stored('producers', moved.id)).province)).toBe(world.p2.id)
  })

  it("should refuse changing or deleting another province's producer", async () => {
    expect(
      await outcome(async () => ctx.payload.update({ collection: 'producers', id: world.producerA.id, ...(await scoped()), data: { summary: 'x' } })),
    ).toBe(403)
    expect(await outcome(async () => ctx.payload.delete({ collection: 'producers', id: (await newProducer(world.p1.id)).id, ...(await scoped()) }))).toBe(403)
  })
})

describe('products', () => {
  it('should refuse re-parenting an in-scope product to a producer in another province', async () => {
    const product = await newProduct(world.producerB.id)
    await refusedOutOfScope(async () =>
      ctx.payload.update({ collection: 'products', id: product.id, ...(await scoped()), data: { producer: world.producerA.id } }),
    )
    const after = await stored('products', product.id)
    expect(ref(after.producer)).toBe(world.producerB.id)
    expect(ref(after.province)).toBe(world.p2.id)
  })

  it('should let it re-parent a product between producers of its province', async () => {
    const product = await newProduct(world.producerB.id)
    const other = await newProducer(world.p2.id)
    expect(await outcome(async () => ctx.payload.update({ collection: 'products', id: product.id, ...(await scoped()), data: { producer: other.id } }))).toBe(
      'ok',
    )
  })

  it('should refuse creating a product for a producer in another province', async () => {
    expect(
      await outcome(async () =>
        ctx.payload.create({
          collection: 'products',
          ...(await scoped()),
          data: { name: 'Ngoài', slug: nextSlug(), producer: world.producerA.id, productGroup: world.group.id },
        }),
      ),
    ).toBe(403)
  })

  it("should refuse changing or deleting another province's product", async () => {
    expect(await outcome(async () => ctx.payload.update({ collection: 'products', id: world.productA.id, ...(await scoped()), data: { summary: 'x' } }))).toBe(
      403,
    )
    expect(await outcome(async () => ctx.payload.delete({ collection: 'products', id: (await newProduct(world.producerA.id)).id, ...(await scoped()) }))).toBe(
      403,
    )
  })
})

describe('awards', () => {
  it("should refuse an award in its province for another province's product", async () => {
    await refusedOutOfScope(async () => ctx.payload.create({ collection: 'awards', ...(await scoped()), data: awardData(world.productA.id, world.p2.id) }))
  })

  it('should accept an award for its own product in its province', async () => {
    expect(await outcome(async () => ctx.payload.create({ collection: 'awards', ...(await scoped()), data: awardData(world.productB.id, world.p2.id) }))).toBe(
      'ok',
    )
  })

  it("should refuse moving one of its awards to another province's product or to another province", async () => {
    const award = await ctx.payload.create({ collection: 'awards', ...sys, data: awardData(world.productB.id, world.p2.id) })
    await refusedOutOfScope(async () => ctx.payload.update({ collection: 'awards', id: award.id, ...(await scoped()), data: { product: world.productA.id } }))
    await refusedOutOfScope(async () => ctx.payload.update({ collection: 'awards', id: award.id, ...(await scoped()), data: { province: world.p1.id } }))
    const after = await stored('awards', award.id)
    expect([ref(after.product), ref(after.province), ref(after.producer)]).toEqual([world.productB.id, world.p2.id, world.producerB.id])
  })

  it('should refuse changing or deleting an award in its province whose product is in another', async () => {
    const award = await ctx.payload.create({ collection: 'awards', ...sys, data: awardData(world.productA.id, world.p2.id) })
    expect(await outcome(async () => ctx.payload.update({ collection: 'awards', id: award.id, ...(await scoped()), data: { round: 'Đợt 2' } }))).toBe(403)
    expect(await outcome(async () => ctx.payload.delete({ collection: 'awards', id: award.id, ...(await scoped()) }))).toBe(403)
  })
})

describe('enquiries', () => {
  it("should refuse reassigning one of its enquiries to another province's producer", async () => {
    const enquiry = await newEnquiry(world.producerB.id)
    await refusedOutOfScope(async () =>
      ctx.payload.update({ collection: 'enquiries', id: enquiry.id, ...(await scoped()), data: { producer: world.producerA.id } }),
    )
    const after = await stored('enquiries', enquiry.id)
    expect(ref(after.producer)).toBe(world.producerB.id)
  })

  it('should let it reassign an enquiry within its province', async () => {
    const enquiry = await newEnquiry(world.producerB.id)
    const other = await newProducer(world.p2.id)
    expect(await outcome(async () => ctx.payload.update({ collection: 'enquiries', id: enquiry.id, ...(await scoped()), data: { producer: other.id } }))).toBe(
      'ok',
    )
  })

  it("should refuse recording an enquiry for another province's producer", async () => {
    await refusedOutOfScope(async () =>
      ctx.payload.create({
        collection: 'enquiries',
        ...(await scoped()),
        data: { producer: world.producerA.id, status: 'new', name: 'Phone buyer', email: 'p@example.com', message: 'Gọi hỏi giá', consent: true },
      }),
    )
  })
})

describe('media', () => {
  it("should refuse changing or deleting another province's producer's upload", async () => {
    const theirs = await newMedia(world.producerA.id)
    expect(await outcome(async () => ctx.payload.update({ collection: 'media', id: theirs.id, ...(await scoped()), data: { alt: 'x' } }))).toBe(403)
    expect(await outcome(async () => ctx.payload.delete({ collection: 'media', id: theirs.id, ...(await scoped()) }))).toBe(403)
    expect((await stored('media', theirs.id)).alt).toBe('Ảnh')
  })

  it("should let it change its producers' uploads, but not hand them to another province's producer", async () => {
    const ours = await newMedia(world.producerB.id)
    expect(await outcome(async () => ctx.payload.update({ collection: 'media', id: ours.id, ...(await scoped()), data: { alt: 'Mới' } }))).toBe('ok')
    await refusedOutOfScope(async () => ctx.payload.update({ collection: 'media', id: ours.id, ...(await scoped()), data: { owner: world.producerA.id } }))
    expect(ref((await stored('media', ours.id)).owner)).toBe(world.producerB.id)
  })

  it("should refuse an upload in the name of another province's producer, and accept the centre's own", async () => {
    const file = () => ({ data: world.PNG_1x1, mimetype: 'image/png', name: `u${++counter}.png`, size: world.PNG_1x1.length })
    await refusedOutOfScope(async () =>
      ctx.payload.create({ collection: 'media', ...(await scoped()), data: { alt: 'x', owner: world.producerA.id }, file: file() }),
    )
    expect(await outcome(async () => ctx.payload.create({ collection: 'media', ...(await scoped()), data: { alt: 'Giấy chứng nhận' }, file: file() }))).toBe(
      'ok',
    )
  })
})

describe('fairs', () => {
  const fairData = (province?: number) => ({
    name: `Hội chợ ${++counter}`,
    slug: nextSlug(),
    startDate: '2027-05-01',
    endDate: '2027-05-03',
    venue: 'Nhà văn hóa',
    organiser: 'Trung tâm Khuyến công',
    country: 'VN',
    ...(province ? { province } : {}),
  })
  const newFair = (province?: number) => ctx.payload.create({ collection: 'fairs', ...sys, locale: 'vi', data: fairData(province) })

  it('should let scoped staff put a fair in their province, and one abroad, but not in another province', async () => {
    expect(await outcome(async () => ctx.payload.create({ collection: 'fairs', ...(await scoped()), locale: 'vi', data: fairData(world.p2.id) }))).toBe('ok')
    expect(
      await outcome(async () => ctx.payload.create({ collection: 'fairs', ...(await scoped()), locale: 'vi', data: { ...fairData(), country: 'TH' } })),
    ).toBe('ok')
    await refusedOutOfScope(async () => ctx.payload.create({ collection: 'fairs', ...(await scoped()), locale: 'vi', data: fairData(world.p1.id) }))
  })

  it('should refuse moving one of its fairs to another province', async () => {
    const fair = await newFair(world.p2.id)
    expect(await outcome(async () => ctx.payload.update({ collection: 'fairs', id: fair.id, ...(await scoped()), data: { venue: 'Sân vận động' } }))).toBe('ok')
    await refusedOutOfScope(async () => ctx.payload.update({ collection: 'fairs', id: fair.id, ...(await scoped()), data: { province: world.p1.id } }))
    expect(ref((await stored('fairs', fair.id)).province)).toBe(world.p2.id)
  })

  it("should refuse changing or deleting another province's fair, or one that belongs to no province", async () => {
    for (const fair of [await newFair(world.p1.id), await newFair()]) {
      expect(await outcome(async () => ctx.payload.update({ collection: 'fairs', id: fair.id, ...(await scoped()), data: { venue: 'x' } }))).toBe(403)
      expect(await outcome(async () => ctx.payload.delete({ collection: 'fairs', id: fair.id, ...(await scoped()) }))).toBe(403)
    }
  })
})

describe('through the REST API', () => {
  it('should answer 403 with the message in Vietnamese first, then English', async () => {
    const own = await newProducer(world.p2.id)
    const answer = await rest.patch('staffOther', `producers/${own.id}`, { province: world.p1.id })
    expect(answer.status).toBe(403)
    expect(answer.body.errors[0].message).toMatch(/^Ngoài phạm vi tỉnh\/thành .+ \/ Outside the provinces .+/)
    const media = await newMedia(world.producerA.id)
    expect((await rest.patch('staffOther', `media/${media.id}`, { alt: 'x' })).status).toBe(403)
    expect((await rest.del('staffOther', `media/${media.id}`)).status).toBe(403)
    const product = await newProduct(world.producerB.id)
    expect((await rest.patch('staffOther', `products/${product.id}`, { producer: world.producerA.id })).status).toBe(403)
    expect((await rest.post('staffOther', 'awards', awardData(world.productA.id, world.p2.id))).status).toBe(403)
  })

  it('should leave national staff free to move documents between provinces', async () => {
    const own = await newProducer(world.p2.id)
    expect((await rest.patch('staff', `producers/${own.id}`, { province: world.p1.id })).status).toBe(200)
  })
})
