/**
 * Field-level access: award, verification and province fields belong to staff; a producer
 * cannot hand its product to another producer, promote itself, or read staff notes.
 */
import type { RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { makeWorld, userFor, type World } from './helpers/world'

let ctx: TestPayload
let world: World
beforeAll(async () => {
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
})
afterAll(async () => ctx?.cleanup())

const as = async (actor: Parameters<typeof userFor>[2]) => ({ overrideAccess: false, user: await userFor(ctx.payload, world, actor) }) as const

describe('field-level access', () => {
  it('should ignore a producer setting its own verified flag or province', async () => {
    const doc = await ctx.payload.update({
      collection: 'producers',
      id: world.producerA.id,
      ...(await as('producerA')),
      // A draft: a producer's publish waits for review (test/integration/reviews.test.ts).
      draft: true,
      data: { verified: true, province: world.p2.id, summary: 'Cập nhật' },
    })
    expect(doc.summary).toBe('Cập nhật')
    expect(doc.verified).toBe(false)
    expect(typeof doc.province === 'object' ? doc.province.id : doc.province).toBe(world.p1.id)
  })

  it('should keep the former province to staff: a producer can neither set nor read it, nor can the public', async () => {
    await ctx.payload.update({ collection: 'producers', id: world.producerB.id, ...(await as('staff')), data: { formerProvince: 'long-an' } })
    const own = await ctx.payload.update({
      collection: 'producers',
      id: world.producerB.id,
      ...(await as('producerB')),
      draft: true,
      data: { formerProvince: 'tay-ninh', summary: 'Cập nhật' },
    })
    expect(own.summary).toBe('Cập nhật')
    expect(own.formerProvince).toBeUndefined()
    const anonymous = await ctx.payload.findByID({ collection: 'producers', id: world.producerB.id, overrideAccess: false })
    expect(anonymous.formerProvince).toBeUndefined()
    const staff = await ctx.payload.findByID({ collection: 'producers', id: world.producerB.id, ...(await as('staff')) })
    expect(staff.formerProvince).toBe('long-an')
  })

  it("should refuse a former province the producer's current province did not absorb", async () => {
    const refused = await ctx.payload
      .update({ collection: 'producers', id: world.producerB.id, ...(await as('staff')), data: { formerProvince: 'binh-duong' } })
      .catch((error: unknown) => error)
    expect(refused).toMatchObject({ data: { errors: [{ path: 'formerProvince', message: expect.stringContaining('Bình Dương không thuộc Tây Ninh') }] } })
  })

  it('should ignore a producer marking its own certifications or support as verified by the centre, or attaching the evidence', async () => {
    const claim = { verified: true, evidence: world.mediaA.id }
    const product = await ctx.payload.update({
      collection: 'products',
      id: world.productA.id,
      ...(await as('producerA')),
      draft: true,
      data: { certifications: [{ kind: 'ocop', stars: 4, ...claim }] },
      depth: 0,
    })
    expect(product.certifications?.[0]).toMatchObject({ kind: 'ocop', verified: false })
    expect(product.certifications?.[0]?.evidence ?? null).toBeNull()
    const producer = await ctx.payload.update({
      collection: 'producers',
      id: world.producerA.id,
      ...(await as('producerA')),
      draft: true,
      data: { certifications: [{ kind: 'haccp', ...claim }], support: [{ year: 2023, what: 'Máy đóng gói', amount: 80_000_000, ...claim }] },
      depth: 0,
    })
    expect(producer.certifications?.[0]).toMatchObject({ kind: 'haccp', verified: false })
    expect(producer.support?.[0]).toMatchObject({ amount: 80_000_000, verified: false })
    expect(producer.support?.[0]?.evidence ?? null).toBeNull()
  })

  it('should let staff verify a certification with its evidence', async () => {
    const doc = await ctx.payload.update({
      collection: 'products',
      id: world.productB.id,
      ...(await as('staff')),
      data: { certifications: [{ kind: 'vietgap', verified: true, evidence: world.mediaA.id }] },
      depth: 0,
    })
    expect(doc.certifications?.[0]).toMatchObject({ verified: true, evidence: world.mediaA.id })
  })

  it('should let staff verify a producer and stamp the date', async () => {
    const doc = await ctx.payload.update({ collection: 'producers', id: world.producerB.id, ...(await as('staff')), data: { verified: true } })
    expect(doc.verified).toBe(true)
    expect(doc.verifiedAt).toBeTruthy()
  })

  it('should keep a product with its producer when the producer tries to move it', async () => {
    const doc = await ctx.payload.update({
      collection: 'products',
      id: world.productA.id,
      ...(await as('producerA')),
      data: { producer: world.producerB.id },
      draft: true,
      depth: 0,
    })
    expect(doc.producer).toBe(world.producerA.id)
  })

  it('should file a producer-created product under that producer whatever the form says', async () => {
    const doc = await ctx.payload.create({
      collection: 'products',
      ...(await as('producerA')),
      // No producer and no slug, as the form sends them: the hooks fill both, which is what is tested.
      data: { name: 'Sáp ong', productGroup: world.group.id } as RequiredDataFromCollectionSlug<'products'>,
      depth: 0,
    })
    expect(doc.producer).toBe(world.producerA.id)
    expect(doc.province).toBe(world.p1.id)
  })

  it('should ignore a producer marking its product as featured', async () => {
    const doc = await ctx.payload.update({ collection: 'products', id: world.productA.id, ...(await as('producerA')), draft: true, data: { featured: true } })
    expect(doc.featured).toBe(false)
  })

  it('should not let a producer promote itself to admin or relink its account', async () => {
    const doc = await ctx.payload.update({
      collection: 'users',
      id: world.users.producerA.id,
      ...(await as('producerA')),
      data: { role: 'admin', producer: world.producerB.id, name: 'Lan' },
      depth: 0,
    })
    expect(doc.name).toBe('Lan')
    expect(doc.role).toBe('producer')
    expect(doc.producer).toBe(world.producerA.id)
  })

  it('should hide staff notes from the producer but show them to staff', async () => {
    const forProducer = await ctx.payload.findByID({ collection: 'enquiries', id: world.enquiryA.id, ...(await as('producerA')) })
    const forStaff = await ctx.payload.findByID({ collection: 'enquiries', id: world.enquiryA.id, ...(await as('staff')) })
    expect(forProducer.staffNotes).toBeUndefined()
    expect(forStaff.staffNotes).toBe('gọi lại thứ Hai')
  })

  it('should let a producer answer an enquiry but not mark it spam', async () => {
    const answered = await ctx.payload.update({ collection: 'enquiries', id: world.enquiryA.id, ...(await as('producerA')), data: { reply: 'Cảm ơn anh chị' } })
    expect(answered.status).toBe('answered')
    expect(answered.answeredAt).toBeTruthy()
    await expect(
      ctx.payload.update({ collection: 'enquiries', id: world.enquiryA.id, ...(await as('producerA')), data: { status: 'spam' } }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('should never let anyone rewrite what the buyer sent', async () => {
    const doc = await ctx.payload.update({
      collection: 'enquiries',
      id: world.enquiryA.id,
      ...(await as('admin')),
      data: { message: 'changed', email: 'other@example.com' },
    })
    expect(doc.message).toBe('Xin báo giá 1 container')
    expect(doc.email).toBe('buyer@example.com')
  })

  it('should let province-limited staff create awards only in their provinces', async () => {
    const data = {
      product: world.productB.id,
      level: 'provincial' as const,
      year: 2023,
      awardingBody: 'UBND tỉnh Long An',
      decisionNumber: '88/QĐ-UBND',
      provinceNameAtAward: 'Long An',
    }
    const ok = await ctx.payload.create({ collection: 'awards', ...(await as('staffOther')), data: { ...data, province: world.p2.id } })
    expect(ok.provinceNameAtAward).toBe('Long An')
    await expect(ctx.payload.create({ collection: 'awards', ...(await as('staffOther')), data: { ...data, province: world.p1.id } })).rejects.toMatchObject({
      status: 403,
    })
  })
})
