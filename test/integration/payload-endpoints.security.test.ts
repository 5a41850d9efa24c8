/**
 * Holes found by probing Payload's own REST endpoints from outside (issue 9, findings 1, 5, 6, 7, 8
 * and 10), each reproduced through the real REST dispatcher as the attacker sent it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { messageOf, rest, signInAll } from './helpers/rest'
import { type Actor, makeWorld, type World } from './helpers/world'

let t: TestPayload
let world: World
let tokens: Record<Actor, string | undefined>
const sys = { overrideAccess: true, context: { seeding: true } } as const

beforeAll(async () => {
  t = await bootPayload()
  world = await makeWorld(t.payload)
  tokens = await signInAll(world)
})
afterAll(async () => t?.cleanup())

const as = (actor: Actor) => ({ token: tokens[actor] })
const VIETNAMESE_AND_ENGLISH = /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ].* \/ [A-Za-z]/i

describe('unlocking accounts (finding 1)', () => {
  it('should refuse a producer unlocking the admin, with a message in both languages', async () => {
    const r = await rest('/users/unlock', { method: 'POST', json: { email: world.users.admin.email }, ...as('producerA') })
    expect(r.status).toBe(403)
    expect(messageOf(r)).toMatch(VIETNAMESE_AND_ENGLISH)
  })

  it('should refuse a producer unlocking another producer, and staff unlocking the admin', async () => {
    expect((await rest('/users/unlock', { method: 'POST', json: { email: world.users.producerB.email }, ...as('producerA') })).status).toBe(403)
    expect((await rest('/users/unlock', { method: 'POST', json: { email: world.users.admin.email }, ...as('staff') })).status).toBe(403)
    expect((await rest('/users/unlock', { method: 'POST', json: { email: world.users.admin.email } })).status).toBe(403)
  })

  it('should let the admin unlock anyone and staff unlock a producer', async () => {
    expect((await rest('/users/unlock', { method: 'POST', json: { email: world.users.staff.email }, ...as('admin') })).status).toBe(200)
    expect((await rest('/users/unlock', { method: 'POST', json: { email: world.users.producerB.email }, ...as('staff') })).status).toBe(200)
  })
})

describe('award titles (finding 5)', () => {
  it('should never show the name of an unpublished product in an award', async () => {
    const award = await t.payload.create({
      collection: 'awards',
      ...sys,
      data: {
        product: world.draftA.id,
        level: 'commune',
        year: 2023,
        awardingBody: 'UBND xã',
        decisionNumber: '9/QĐ',
        province: world.p1.id,
        provinceNameAtAward: 'Bình Dương',
      },
    })
    const r = await rest(`/awards/${award.id}`)
    expect(r.status).toBe(200)
    expect(r.text).not.toContain('bạc hà')
    // Once published, the award reads the product's name.
    await t.payload.update({ collection: 'products', id: world.draftA.id, ...sys, context: {}, locale: 'vi', data: { _status: 'published' } })
    expect((await rest(`/awards/${award.id}`)).body.title).toBe('Mật ong bạc hà (nháp) — cấp xã 2023')
  })

  it('should never show an unpublished edit of a published product in an award', async () => {
    await t.payload.update({ collection: 'products', id: world.productA.id, ...sys, draft: true, locale: 'vi', data: { name: 'Tên mới chưa duyệt' } })
    await t.payload.update({ collection: 'awards', id: world.award.id, ...sys, data: { certificateNumber: 'GCN-77' } })
    const r = await rest(`/awards/${world.award.id}`)
    expect(r.text).not.toContain('Tên mới chưa duyệt')
    expect(r.body.title).toContain('Mật ong hoa cà phê')
  })
})

describe('edit locks (finding 6)', () => {
  let staffLock: number | string

  beforeAll(async () => {
    const r = await rest('/payload-locked-documents', {
      method: 'POST',
      json: { document: { relationTo: 'products', value: world.productB.id }, user: { relationTo: 'users', value: world.users.staff.id } },
      ...as('staff'),
    })
    expect(r.status).toBe(201)
    staffLock = (r.body.doc as { id: number | string }).id
  })

  it("should not show a producer staff's locks", async () => {
    const r = await rest('/payload-locked-documents?depth=0', as('producerA'))
    expect(r.status === 403 || r.status === 200).toBe(true)
    expect(JSON.stringify(r.body.docs ?? [])).not.toContain(`"id":${JSON.stringify(staffLock)}`)
    expect((await rest(`/payload-locked-documents/${staffLock}`, as('producerA'))).status).toBeOneOf([403, 404])
  })

  it("should refuse a producer locking another producer's product in someone else's name", async () => {
    const r = await rest('/payload-locked-documents', {
      method: 'POST',
      json: { document: { relationTo: 'products', value: world.productB.id }, user: { relationTo: 'users', value: world.users.admin.id } },
      ...as('producerA'),
    })
    expect(r.status).toBe(403)
  })

  it("should refuse a producer deleting staff's lock", async () => {
    expect((await rest(`/payload-locked-documents/${staffLock}`, { method: 'DELETE', ...as('producerA') })).status).toBeOneOf([403, 404])
    const still = await t.payload.findByID({ collection: 'payload-locked-documents', id: staffLock, overrideAccess: true, disableErrors: true })
    expect(still).toBeTruthy()
  })

  it('should let a producer lock, see and release its own product', async () => {
    const r = await rest('/payload-locked-documents', {
      method: 'POST',
      json: { document: { relationTo: 'products', value: world.productA.id }, user: { relationTo: 'users', value: world.users.producerA.id } },
      ...as('producerA'),
    })
    expect(r.status).toBe(201)
    const id = (r.body.doc as { id: number | string }).id
    const list = await rest(`/payload-locked-documents?where[document.value][equals]=${world.productA.id}`, as('producerA'))
    expect(list.status).toBe(200)
    expect((list.body.docs as { id: unknown }[]).map((d) => d.id)).toContain(id)
    expect((await rest(`/payload-locked-documents/${id}`, { method: 'DELETE', ...as('producerA') })).status).toBe(200)
  })
})

describe('the job queue (finding 7)', () => {
  it('should refuse to run jobs for anyone but the process itself', async () => {
    expect((await rest('/payload-jobs/run?queue=enquiries')).status).toBe(401)
    for (const actor of ['producerA', 'staff', 'admin'] as const) {
      const r = await rest('/payload-jobs/run?queue=enquiries', as(actor))
      expect(r.status, actor).toBe(403)
      expect(messageOf(r)).toMatch(VIETNAMESE_AND_ENGLISH)
      expect((await rest('/payload-jobs/handle-schedules', as(actor))).status, actor).toBe(403)
    }
  })
})

describe('clear 4xx instead of 500 (finding 8)', () => {
  it('should list a producer its own product versions and scoped staff their provinces', async () => {
    const own = await rest('/products/versions?depth=0', as('producerA'))
    expect(own.status).toBe(200)
    const parents = (own.body.docs as { parent: unknown }[]).map((d) => d.parent)
    expect(parents).toContain(world.draftA.id)
    expect(parents).not.toContain(world.productB.id)
    const scoped = await rest('/products/versions?depth=0', as('staffOther'))
    expect(scoped.status).toBe(200)
    expect((scoped.body.docs as { parent: unknown }[]).map((d) => d.parent)).toEqual([world.productB.id])
    const producers = await rest('/producers/versions?depth=0', as('staffOther'))
    expect(producers.status).toBe(200)
    expect((producers.body.docs as { parent: unknown }[]).map((d) => d.parent)).toEqual([world.producerB.id])
  })

  it("should answer 404 for another producer's product version", async () => {
    const { docs } = await t.payload.findVersions({ collection: 'products', where: { parent: { equals: world.productB.id } }, overrideAccess: true })
    expect((await rest(`/products/versions/${docs[0]!.id}`, as('producerA'))).status).toBeOneOf([403, 404])
    expect((await rest(`/products/versions/${docs[0]!.id}`, as('producerB'))).status).toBe(200)
  })

  it('should answer 400 to an upload whose file name holds a NUL byte', async () => {
    const boundary = 'xBOUNDARYx'
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a\u0000.png"\r\nContent-Type: image/png\r\n\r\n`),
      world.PNG_1x1,
      Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"x"}\r\n--${boundary}--\r\n`),
    ])
    const r = await rest('/media', { method: 'POST', body, headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` }, ...as('producerA') })
    expect(r.status).toBe(400)
    expect(messageOf(r)).toMatch(VIETNAMESE_AND_ENGLISH)
  })

  it('should answer 400 or 404 to a file name with a NUL byte', async () => {
    expect((await rest('/media/file/x.png%00')).status).toBeOneOf([400, 404])
  })

  it('should answer 404 to an id that is not a number, never a database error', async () => {
    expect((await rest('/products/abc')).status).toBe(404)
    expect((await rest('/awards/null')).status).toBe(404)
    expect((await rest('/payload-locked-documents/null', { method: 'DELETE', ...as('producerA') })).status).toBe(404)
    expect((await rest('/products/x1/duplicate', { method: 'POST', json: {}, ...as('producerA') })).status).toBe(404)
  })

  it('should answer 404 to deleting a preference that was never stored, for every user', async () => {
    for (const actor of ['admin', 'staff', 'producerA'] as const) {
      expect((await rest('/payload-preferences/never-stored', { method: 'DELETE', ...as(actor) })).status, actor).toBe(404)
    }
  })

  it('should delete a stored preference of its own user only', async () => {
    expect((await rest('/payload-preferences/nav', { method: 'POST', json: { value: { open: true } }, ...as('producerA') })).status).toBe(200)
    expect((await rest('/payload-preferences/nav', { method: 'DELETE', ...as('producerB') })).status).toBe(404)
    expect((await rest('/payload-preferences/nav', { method: 'DELETE', ...as('producerA') })).status).toBe(200)
    expect((await rest('/payload-preferences/nav', as('producerA'))).status).toBe(200)
  })
})

describe('restoring versions (finding 10)', () => {
  it('should let a producer restore its own product version without touching staff-only fields', async () => {
    const product = await t.payload.create({
      collection: 'products',
      ...sys,
      locale: 'vi',
      data: { name: 'Mật ong cũ', slug: 'mat-ong-cu', producer: world.producerA.id, productGroup: world.group.id, _status: 'published', featured: false },
    })
    const { docs } = await t.payload.findVersions({
      collection: 'products',
      where: { parent: { equals: product.id } },
      overrideAccess: true,
      sort: 'createdAt',
    })
    const first = docs[0]!
    await t.payload.update({ collection: 'products', id: product.id, ...sys, locale: 'vi', data: { name: 'Mật ong mới', featured: true } })
    const r = await rest(`/products/versions/${first.id}`, { method: 'POST', ...as('producerA') })
    expect(r.status, messageOf(r)).toBe(200)
    const now = await t.payload.findByID({ collection: 'products', id: product.id, overrideAccess: true, locale: 'vi', depth: 0 })
    expect(now.name).toBe('Mật ong cũ')
    expect(now.featured).toBe(true)
    expect(now.producer).toBe(world.producerA.id)
  })

  it("should refuse a producer restoring another producer's version", async () => {
    const { docs } = await t.payload.findVersions({ collection: 'products', where: { parent: { equals: world.productB.id } }, overrideAccess: true })
    expect((await rest(`/products/versions/${docs[0]!.id}`, { method: 'POST', ...as('producerA') })).status).toBeOneOf([403, 404])
  })

  it('should let a producer restore its own producer page without moving it to another province', async () => {
    const { docs } = await t.payload.findVersions({ collection: 'producers', where: { parent: { equals: world.producerA.id } }, overrideAccess: true })
    const r = await rest(`/producers/versions/${docs[0]!.id}`, { method: 'POST', ...as('producerA') })
    expect(r.status, messageOf(r)).toBe(200)
    const now = await t.payload.findByID({ collection: 'producers', id: world.producerA.id, overrideAccess: true, depth: 0 })
    expect(now.province).toBe(world.p1.id)
  })
})
