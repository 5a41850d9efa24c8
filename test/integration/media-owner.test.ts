/**
 * Whose an upload is (issue 10): a file staff upload for a producer becomes that producer's, chosen
 * on the upload form or taken from the producer's page it is used on, so the producer then sees,
 * reuses and replaces it; a producer never sees or uses another producer's files; staff limited to
 * provinces give files only to their provinces' producers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { idOf } from '../../cms/access/roles'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { type Actor, makeWorld, userFor, type World } from './helpers/world'

let t: TestPayload
let world: World
let counter = 0

beforeAll(async () => {
  t = await bootPayload()
  world = await makeWorld(t.payload)
})
afterAll(async () => t?.cleanup())

const as = async (actor: Actor) => ({ overrideAccess: false, user: (await userFor(t.payload, world, actor)) as never })
const file = () => ({ data: world.PNG_1x1, mimetype: 'image/png', name: `anh-${++counter}.png`, size: world.PNG_1x1.length })
const upload = async (actor: Actor, data: Record<string, unknown> = {}) =>
  t.payload.create({ collection: 'media', ...(await as(actor)), data: { alt: 'Ảnh sản phẩm', ...data }, file: file() })
const ownerOf = async (id: number) => idOf((await t.payload.findByID({ collection: 'media', id, overrideAccess: true, depth: 0 })).owner)
const libraryOf = async (actor: Actor) => (await t.payload.find({ collection: 'media', ...(await as(actor)), depth: 0, limit: 100 })).docs.map((d) => d.id)

describe('an upload by staff', () => {
  it('should belong to the producer staff choose, who then sees it and replaces its description; other producers do not see it', async () => {
    const doc = await upload('staff', { owner: world.producerA.id })
    expect(idOf(doc.owner)).toBe(world.producerA.id)
    expect(await libraryOf('producerA')).toContain(doc.id)
    expect(await libraryOf('producerB')).not.toContain(doc.id)
    const changed = await t.payload.update({ collection: 'media', id: doc.id, ...(await as('producerA')), data: { alt: 'Hũ mật ong 500 g' } })
    expect(changed.alt).toBe('Hũ mật ong 500 g')
    await expect(t.payload.update({ collection: 'media', id: doc.id, ...(await as('producerB')), data: { alt: 'x' } })).rejects.toThrow()
  })

  it('should become the producer’s when staff use it on the producer’s product without saying whose it is', async () => {
    const doc = await upload('staff')
    expect(doc.owner ?? null).toBeNull()
    expect(await libraryOf('producerA')).not.toContain(doc.id)
    await t.payload.update({ collection: 'products', id: world.productA.id, ...(await as('staff')), locale: 'vi', data: { images: [doc.id] } })
    expect(await ownerOf(doc.id)).toBe(world.producerA.id)
    expect(await libraryOf('producerA')).toContain(doc.id)
    expect(await libraryOf('producerB')).not.toContain(doc.id)
  })

  it('should become the producer’s when staff put it on the brand page, and keep an owner it already has', async () => {
    const logo = await upload('staff')
    const ofB = await upload('staff', { owner: world.producerB.id })
    await t.payload.update({ collection: 'producers', id: world.producerA.id, ...(await as('staff')), data: { logo: logo.id, gallery: [ofB.id] } })
    expect(await ownerOf(logo.id)).toBe(world.producerA.id)
    expect(await ownerOf(ofB.id)).toBe(world.producerB.id)
  })

  it('should let staff limited to a province give a file only to a producer of that province, who can then change it', async () => {
    await expect(upload('staffOther', { owner: world.producerA.id })).rejects.toThrow()
    const doc = await upload('staffOther', { owner: world.producerB.id })
    expect(idOf(doc.owner)).toBe(world.producerB.id)
    expect(await libraryOf('producerB')).toContain(doc.id)
    const changed = await t.payload.update({ collection: 'media', id: doc.id, ...(await as('staffOther')), data: { alt: 'Kẹo khóm hộp giấy' } })
    expect(changed.alt).toBe('Kẹo khóm hộp giấy')
  })

  it('should give a scoped staff member’s file of no one to the producer whose product it goes on, so they can change it afterwards', async () => {
    const doc = await upload('staffOther')
    await t.payload.update({ collection: 'products', id: world.productB.id, ...(await as('staffOther')), locale: 'vi', data: { images: [doc.id] } })
    expect(await ownerOf(doc.id)).toBe(world.producerB.id)
    const changed = await t.payload.update({ collection: 'media', id: doc.id, ...(await as('staffOther')), data: { alt: 'Đã có chủ' } })
    expect(changed.alt).toBe('Đã có chủ')
  })
})

describe('an upload by a producer', () => {
  it('should be its own whatever owner the form says', async () => {
    const doc = await upload('producerA', { owner: world.producerB.id })
    expect(idOf(doc.owner)).toBe(world.producerA.id)
    const moved = await t.payload.update({ collection: 'media', id: doc.id, ...(await as('producerA')), data: { owner: world.producerB.id } })
    expect(idOf(moved.owner)).toBe(world.producerA.id)
  })

  it('should refuse another producer’s file (or the centre’s) on its product or brand page', async () => {
    const ofB = await upload('producerB')
    const centre = await upload('admin')
    const producerA = await as('producerA')
    const product = (images: number[]) =>
      t.payload.update({ collection: 'products', id: world.draftA.id, ...producerA, locale: 'vi', draft: true, data: { images } })
    await expect(product([ofB.id])).rejects.toThrow(/không thuộc cơ sở của bạn/)
    await expect(product([centre.id])).rejects.toThrow(/belongs to someone else/)
    await expect(
      t.payload.update({ collection: 'producers', id: world.producerA.id, ...(await as('producerA')), draft: true, data: { logo: ofB.id } }),
    ).rejects.toThrow(/không thuộc cơ sở của bạn/)
    const mine = await upload('producerA')
    const saved = await product([mine.id])
    expect((saved.images ?? []).map((i) => idOf(i))).toEqual([mine.id])
    expect(await ownerOf(ofB.id)).toBe(world.producerB.id)
  })

  it('should keep a picture staff put on its product when it saves the product again', async () => {
    const centre = await upload('admin')
    await t.payload.update({ collection: 'products', id: world.draftA.id, overrideAccess: true, locale: 'vi', draft: true, data: { images: [centre.id] } })
    const saved = await t.payload.update({
      collection: 'products',
      id: world.draftA.id,
      ...(await as('producerA')),
      locale: 'vi',
      draft: true,
      data: { summary: 'Hũ 250 g', images: [centre.id] },
    })
    expect(saved.summary).toBe('Hũ 250 g')
  })
})
