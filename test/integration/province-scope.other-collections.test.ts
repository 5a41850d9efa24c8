/**
 * Staff limited to provinces (here `staffOther`, limited to Tây Ninh, where producer B is; producer
 * A is in Hồ Chí Minh City) may write a document only when it is in their provinces both before
 * and after the change: awards (their product and province), enquiries (their producer), uploads
 * (their owner) and fairs (their province). Producers, products and the REST API's answer are in
 * province-scope.test.ts. Each case checks the stored document afterwards.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { TestPayload } from './helpers/bootPayload'
import {
  awardData,
  newEnquiry,
  newMedia,
  newProducer,
  nextNumber,
  nextSlug,
  outcome,
  pv,
  ref,
  refusedOutOfScope,
  scoped,
  setUpProvinceScope,
  stored,
  sys,
} from './helpers/province-scope'
import type { World } from './helpers/world'

let ctx: TestPayload
let world: World
setUpProvinceScope()
beforeAll(() => {
  ;({ ctx, world } = pv)
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
    const file = () => ({ data: world.PNG_1x1, mimetype: 'image/png', name: `u${nextNumber()}.png`, size: world.PNG_1x1.length })
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
    name: `Hội chợ ${nextNumber()}`,
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
