/**
 * The database port's contract: what the showroom relies on from whichever adapter runs
 * (SQLite, the embedded default, or MongoDB). Each adapter's test file calls this suite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { makeWorld, userFor, type World } from '../integration/helpers/world'

export function databaseContract(name: string, boot: () => Promise<{ payload: Payload; cleanup: () => Promise<void> }>) {
  describe(`database contract: ${name}`, () => {
    let payload: Payload
    let cleanup: () => Promise<void>
    let world: World

    beforeAll(async () => {
      ;({ payload, cleanup } = await boot())
      world = await makeWorld(payload)
    })
    afterAll(async () => cleanup?.())

    it('should find a province by a former province name it absorbed', async () => {
      const { docs } = await payload.find({ collection: 'provinces', where: { formerNames: { in: ['Bình Dương'] } }, overrideAccess: false })
      expect(docs.map((d) => d.name)).toEqual(['Thành phố Hồ Chí Minh'])
    })

    it('should filter products by their producer’s province without a join', async () => {
      const { docs } = await payload.find({ collection: 'products', where: { province: { equals: world.p2.id } }, overrideAccess: false, depth: 0 })
      expect(docs.map((d) => d.id)).toEqual([world.productB.id])
    })

    it('should keep drafts out of public reads and show the published version', async () => {
      await payload.update({ collection: 'products', id: world.productA.id, draft: true, overrideAccess: true, data: { summary: 'bản nháp chưa duyệt' } })
      const pub = await payload.findByID({ collection: 'products', id: world.productA.id, overrideAccess: false })
      expect(pub.summary ?? null).toBeNull()
      const own = await payload.findByID({
        collection: 'products',
        id: world.productA.id,
        draft: true,
        overrideAccess: false,
        user: await userFor(payload, world, 'producerA'),
      })
      expect(own.summary).toBe('bản nháp chưa duyệt')
    })

    it('should fall back to Vietnamese for an empty English field', async () => {
      const doc = await payload.findByID({ collection: 'products', id: world.productA.id, locale: 'en', overrideAccess: false })
      expect(doc.name).toBe('Mật ong hoa cà phê')
    })

    it('should keep versions of a producer page', async () => {
      await payload.update({ collection: 'producers', id: world.producerA.id, overrideAccess: true, data: { summary: 'v2', _status: 'published' } })
      const versions = await payload.findVersions({ collection: 'producers', where: { parent: { equals: world.producerA.id } }, overrideAccess: true })
      expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
    })

    it('should refuse a second document with the same slug', async () => {
      await expect(
        payload.create({
          collection: 'producers',
          overrideAccess: true,
          data: { brandName: 'X', slug: world.producerA.slug, legalName: 'X', kind: 'household', province: world.p1.id },
        }),
      ).rejects.toMatchObject({ status: 400 })
    })
  })
}
