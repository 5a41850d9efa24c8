/**
 * The audit trail: awards and verifications leave events with who, what and when; the trail is
 * readable by staff only (province-limited staff see their provinces), outlives deleted documents,
 * and cannot be written, changed or deleted through the API or around it. Versions name their author.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { ACTORS, type Actor, makeWorld, userFor, type World } from './helpers/world'

let t: TestPayload
let world: World
const as = async (actor: Actor) => ({ overrideAccess: false as const, user: (await userFor(t.payload, world, actor)) as never })
const trail = async (entity: string, documentId: number | string) =>
  (
    await t.payload.find({
      collection: 'audit-events',
      where: { entity: { equals: entity }, documentId: { equals: String(documentId) } },
      sort: 'createdAt',
      overrideAccess: true,
      depth: 0,
    })
  ).docs

beforeAll(async () => {
  t = await bootPayload()
  world = await makeWorld(t.payload)
})
afterAll(async () => t?.cleanup())

describe('audit trail', () => {
  it('should record who created, changed and deleted an award, and keep it after the deletion', async () => {
    const award = await t.payload.create({
      collection: 'awards',
      ...(await as('staff')),
      data: {
        product: world.productB.id,
        level: 'provincial',
        year: 2023,
        awardingBody: 'UBND tỉnh Long An',
        decisionNumber: '55/QĐ-UBND',
        province: world.p2.id,
        provinceNameAtAward: 'Long An',
      },
    })
    await t.payload.update({ collection: 'awards', id: award.id, ...(await as('staffOther')), data: { year: 2024 } })
    await t.payload.delete({ collection: 'awards', id: award.id, ...(await as('admin')) })
    const events = await trail('awards', award.id)
    expect(events.map((e) => [e.action, e.userEmail])).toEqual([
      ['create', 'staff@test.local'],
      ['update', 'staff-tn@test.local'],
      ['delete', 'admin@test.local'],
    ])
    expect(events[1]!.changes).toEqual([{ field: 'year', from: 2023, to: 2024 }])
    expect(events[1]!.summary).toContain('year: 2023 → 2024')
    expect(events[2]).toMatchObject({ entity: 'awards', documentTitle: 'Kẹo khóm — cấp tỉnh 2024', province: world.p2.id })
  })

  it('should record the centre verifying a producer and withdrawing it', async () => {
    await t.payload.update({ collection: 'producers', id: world.producerB.id, ...(await as('staff')), data: { verified: true } })
    await t.payload.update({ collection: 'producers', id: world.producerB.id, ...(await as('staff')), data: { summary: 'Kẹo khóm truyền thống' } })
    await t.payload.update({ collection: 'producers', id: world.producerB.id, ...(await as('staffOther')), data: { verified: false } })
    expect((await trail('producers', world.producerB.id)).map((e) => [e.action, e.userEmail])).toEqual([
      ['verify', 'staff@test.local'],
      ['unverify', 'staff-tn@test.local'],
    ])
  })

  it('should be readable by staff only, province-limited staff seeing their provinces', async () => {
    const visible: Record<string, number | string> = {}
    for (const actor of ACTORS) {
      try {
        const found = await t.payload.find({ collection: 'audit-events', ...(await as(actor)), limit: 100, depth: 0 })
        visible[actor] = found.docs.length
        if (actor === 'staffOther') expect(found.docs.every((e) => e.province === world.p2.id || e.userEmail === 'staff-tn@test.local')).toBe(true)
      } catch (error) {
        visible[actor] = (error as { status?: number }).status ?? 'error'
      }
    }
    const total = (await t.payload.count({ collection: 'audit-events', overrideAccess: true })).totalDocs
    expect(total).toBeGreaterThanOrEqual(5)
    expect(visible).toMatchObject({ admin: total, staff: total, producerA: 403, producerB: 403, anonymous: 403 })
  })

  it('should refuse to create, change or delete an event, through the API or around it', async () => {
    const [event] = (await t.payload.find({ collection: 'audit-events', overrideAccess: true, limit: 1 })).docs
    const attempts = {
      create: t.payload.create({ collection: 'audit-events', ...(await as('admin')), data: { action: 'create', entity: 'awards', summary: 'forged' } }),
      update: t.payload.update({ collection: 'audit-events', id: event!.id, ...(await as('admin')), data: { summary: 'rewritten' } }),
      delete: t.payload.delete({ collection: 'audit-events', id: event!.id, ...(await as('admin')) }),
      updateAround: t.payload.update({ collection: 'audit-events', id: event!.id, overrideAccess: true, data: { summary: 'rewritten' } }),
      deleteAround: t.payload.delete({ collection: 'audit-events', id: event!.id, overrideAccess: true }),
    }
    for (const [name, attempt] of Object.entries(attempts)) await expect(attempt, name).rejects.toMatchObject({ status: 403 })
    const after = await t.payload.findByID({ collection: 'audit-events', id: event!.id, overrideAccess: true })
    expect(after.summary).toBe(event!.summary)
  })

  it('should name the author of each version', async () => {
    await t.payload.update({
      collection: 'products',
      id: world.productA.id,
      ...(await as('producerA')),
      locale: 'vi',
      draft: true,
      data: { summary: 'Mật ong nguyên chất' },
    })
    await t.payload.update({
      collection: 'products',
      id: world.productA.id,
      ...(await as('staff')),
      locale: 'vi',
      data: { summary: 'Mật ong hoa cà phê nguyên chất', _status: 'published' },
    })
    const versions = await t.payload.findVersions({
      collection: 'products',
      where: { parent: { equals: world.productA.id } },
      sort: '-createdAt',
      limit: 2,
      depth: 0,
      overrideAccess: true,
    })
    expect(versions.docs.map((v) => v.version.updatedBy)).toEqual([world.users.staff.id, world.users.producerA.id])
    // Nobody can claim someone else's edit.
    await t.payload.update({
      collection: 'products',
      id: world.productA.id,
      ...(await as('producerA')),
      draft: true,
      data: { updatedBy: world.users.admin.id } as never,
    })
    const latest = await t.payload.findByID({ collection: 'products', id: world.productA.id, draft: true, overrideAccess: true, depth: 0 })
    expect(latest.updatedBy).toBe(world.users.producerA.id)
  })
})
