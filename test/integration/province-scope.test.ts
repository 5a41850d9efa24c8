/**
 * Staff limited to provinces (here `staffOther`, limited to Tây Ninh, where producer B is; producer
 * A is in Hồ Chí Minh City) may write a document only when it is in their provinces both before
 * and after the change: producers and products here, through the Local API and the REST API (a
 * producer's province, a product's producer). Awards, enquiries, media and fairs are in
 * province-scope.other-collections.test.ts. Each case checks the stored document afterwards.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { TestPayload } from './helpers/bootPayload'
import {
  awardData,
  newMedia,
  newProducer,
  newProduct,
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
import type { restClient } from './helpers/rest-client'
import type { World } from './helpers/world'

let ctx: TestPayload
let world: World
let rest: ReturnType<typeof restClient>
setUpProvinceScope()
beforeAll(() => {
  ;({ ctx, world, rest } = pv)
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
