/**
 * The access matrix: every role × every collection × create, read, update, delete, through the
 * Local API with overrideAccess: false and a real user — including the requests that must fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CollectionSlug, Payload } from 'payload'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { ACTORS, makeWorld, userFor, type Actor, type World } from './helpers/world'

type Op = 'create' | 'read' | 'update' | 'delete'
type Case = {
  /** Data for a new document (create). */
  create: (w: World) => Record<string, unknown>
  /** The document that read and update act on. */
  target: (w: World) => number | string
  update: Record<string, unknown>
  /** A fresh document of this collection, owned like the target, for a delete attempt. */
  disposable: (p: Payload, w: World) => Promise<number | string>
  allowed: Record<Op, Actor[]>
  file?: boolean
  /** Update as a draft save: a producer's publish waits for review (reviews.test.ts), which is not access. */
  updateAsDraft?: boolean
}

const ALL = ACTORS
/** Public documents of producer A: everyone reads them except producer B, whose admin shows only its own. */
const NOT_B = ACTORS.filter((a) => a !== 'producerB')
const sys = { overrideAccess: true, context: { seeding: true } } as const
let counter = 0
const unique = (prefix: string) => `${prefix} ${++counter}`

const make = async (p: Payload, collection: CollectionSlug, data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  (await p.create({ collection, ...sys, data: data as never, ...extra })).id

const MATRIX: Record<string, Case> = {
  producers: {
    create: (w) => ({ brandName: unique('Cơ sở mới'), legalName: 'HKD Mới', kind: 'household', province: w.p1.id }),
    target: (w) => w.producerA.id,
    update: { summary: 'Mật ong nguyên chất từ vườn cà phê' },
    updateAsDraft: true,
    disposable: (p, w) => make(p, 'producers', { brandName: unique('Tạm'), legalName: 'Tạm', kind: 'household', province: w.p1.id }),
    allowed: { create: ['admin', 'staff'], read: NOT_B, update: ['admin', 'staff', 'producerA'], delete: ['admin', 'staff'] },
  },
  products: {
    create: (w) => ({ name: unique('Mật ong rừng'), producer: w.producerA.id, productGroup: w.group.id }),
    target: (w) => w.draftA.id,
    update: { summary: 'Hũ 500 g' },
    disposable: (p, w) => make(p, 'products', { name: unique('Tạm'), producer: w.producerA.id, productGroup: w.group.id }),
    allowed: {
      create: ['admin', 'staff', 'producerA'],
      read: ['admin', 'staff', 'staffOther', 'producerA'],
      update: ['admin', 'staff', 'producerA'],
      delete: ['admin', 'staff', 'producerA'],
    },
  },
  awards: {
    create: (w) => ({
      product: w.productA.id,
      level: 'national',
      year: 2025,
      awardingBody: 'Bộ Công Thương',
      decisionNumber: unique('QĐ'),
      province: w.p1.id,
      provinceNameAtAward: 'Bình Dương',
    }),
    target: (w) => w.award.id,
    update: { certificateNumber: 'GCN-01' },
    disposable: (p, w) =>
      make(p, 'awards', {
        product: w.productA.id,
        level: 'provincial',
        year: 2019,
        awardingBody: 'UBND tỉnh Bình Dương',
        decisionNumber: unique('QĐ'),
        province: w.p1.id,
        provinceNameAtAward: 'Bình Dương',
      }),
    allowed: { create: ['admin', 'staff'], read: NOT_B, update: ['admin', 'staff'], delete: ['admin', 'staff'] },
  },
  fairs: {
    create: () => ({ name: unique('Hội chợ'), startDate: '2027-01-10', endDate: '2027-01-12', venue: 'Hà Nội', organiser: 'Sở Công Thương', country: 'VN' }),
    target: (w) => w.draftFair.id,
    update: { summary: 'Cập nhật' },
    disposable: (p) =>
      make(p, 'fairs', { name: unique('Tạm'), startDate: '2027-01-10', endDate: '2027-01-12', venue: 'Hà Nội', organiser: 'Sở', country: 'VN' }),
    // The draft fair is in no province: staffOther may add such a fair but not change one.
    allowed: {
      create: ['admin', 'staff', 'staffOther'],
      read: ['admin', 'staff', 'staffOther'],
      update: ['admin', 'staff'],
      delete: ['admin', 'staff'],
    },
  },
  enquiries: {
    create: (w) => ({ producer: w.producerA.id, name: 'Phone buyer', email: 'phone@example.com', message: 'Gọi điện hỏi giá', consent: true }),
    target: (w) => w.enquiryA.id,
    update: { status: 'closed' },
    disposable: (p, w) => make(p, 'enquiries', { producer: w.producerA.id, name: 'x', email: 'x@example.com', message: 'x', consent: true }),
    // staffOther works for producer B's province only: not even a phone enquiry for producer A.
    allowed: {
      create: ['admin', 'staff'],
      read: ['admin', 'staff', 'producerA'],
      update: ['admin', 'staff', 'producerA'],
      delete: ['admin'],
    },
  },
  'product-groups': {
    create: () => ({ name: unique('Nhóm') }),
    target: (w) => w.group.id,
    update: { code: '2' },
    disposable: (p) => make(p, 'product-groups', { name: unique('Tạm') }),
    allowed: { create: ['admin'], read: ALL, update: ['admin'], delete: ['admin'] },
  },
  provinces: {
    create: () => ({ name: unique('Tỉnh'), kind: 'province', region: 'north' }),
    target: (w) => w.p1.id,
    update: { nameEn: 'Ho Chi Minh City' },
    disposable: (p) => make(p, 'provinces', { name: unique('Tạm'), kind: 'province', region: 'north' }),
    allowed: { create: ['admin'], read: ALL, update: ['admin'], delete: ['admin'] },
  },
  media: {
    create: () => ({ alt: 'Ảnh sản phẩm' }),
    target: (w) => w.mediaA.id,
    update: { alt: 'Ảnh mới' },
    disposable: (p, w) =>
      make(
        p,
        'media',
        { alt: 'tạm', owner: w.producerA.id },
        { file: { data: w.PNG_1x1, mimetype: 'image/png', name: `d${++counter}.png`, size: w.PNG_1x1.length } },
      ),
    // Producer A's upload is in A's province: staffOther (B's province) may not change it.
    allowed: {
      create: ['admin', 'staff', 'staffOther', 'producerA', 'producerB'],
      read: NOT_B,
      update: ['admin', 'staff', 'producerA'],
      delete: ['admin', 'staff', 'producerA'],
    },
    file: true,
  },
  users: {
    create: (w) => ({ email: `${unique('new').replace(' ', '-')}@test.local`, password: 'long-enough-1', role: 'producer', producer: w.producerA.id }),
    target: (w) => w.users.producerA.id,
    update: { name: 'Chị Lan' },
    disposable: (p, w) =>
      make(p, 'users', { email: `${unique('tmp').replace(' ', '-')}@test.local`, password: 'long-enough-1', role: 'producer', producer: w.producerB.id }),
    allowed: { create: ['admin'], read: ['admin', 'producerA'], update: ['admin', 'producerA'], delete: ['admin'] },
  },
}

let ctx: TestPayload
let world: World

beforeAll(async () => {
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
})
afterAll(async () => ctx?.cleanup())

/** Runs one operation as one actor; resolves true when Payload let it through. */
async function attempt(slug: string, op: Op, actor: Actor): Promise<boolean> {
  const { payload } = ctx
  const c = MATRIX[slug]
  const collection = slug as CollectionSlug
  const user = await userFor(payload, world, actor)
  const as = { overrideAccess: false, user, context: { seeding: true } } as const
  try {
    if (op === 'create') {
      const file = c.file ? { file: { data: world.PNG_1x1, mimetype: 'image/png', name: `c${++counter}.png`, size: world.PNG_1x1.length } } : {}
      await payload.create({ collection, ...as, data: c.create(world) as never, ...file })
    } else if (op === 'read') {
      await payload.findByID({ collection, id: c.target(world), ...as, draft: true })
    } else if (op === 'update') {
      await payload.update({ collection, id: c.target(world), ...as, data: c.update as never, ...(c.updateAsDraft ? { draft: true } : {}) })
    } else {
      await payload.delete({ collection, id: await c.disposable(payload, world), ...as })
    }
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    // A refusal is 403 (forbidden) or 404 (filtered out by a Where rule); anything else is a bug.
    if (status === 403 || status === 404) return false
    throw error
  }
}

describe('access matrix', () => {
  for (const [slug, c] of Object.entries(MATRIX)) {
    describe(slug, () => {
      for (const op of ['create', 'read', 'update', 'delete'] as const) {
        for (const actor of ACTORS) {
          const allowed = c.allowed[op].includes(actor)
          it(`should ${allowed ? 'allow' : 'refuse'} ${actor} to ${op}`, async () => {
            expect(await attempt(slug, op, actor)).toBe(allowed)
          })
        }
      }
    })
  }
})

describe('lists are filtered per role', () => {
  const list = async (collection: CollectionSlug, actor: Actor) => {
    const user = await userFor(ctx.payload, world, actor)
    const { docs } = await ctx.payload.find({ collection, overrideAccess: false, user, draft: true, limit: 100, depth: 0 })
    return docs.map((d) => d.id)
  }

  it('should show producer B only its own enquiries, and producer A only its own', async () => {
    const ofB = await list('enquiries', 'producerB')
    const ofA = await list('enquiries', 'producerA')
    expect(ofB).toContain(world.enquiryB.id)
    expect(ofB).not.toContain(world.enquiryA.id)
    expect(ofA).toContain(world.enquiryA.id)
    expect(ofA).not.toContain(world.enquiryB.id)
  })

  it('should show province-limited staff only the enquiries of their provinces', async () => {
    const ofOther = await list('enquiries', 'staffOther')
    expect(ofOther).toContain(world.enquiryB.id)
    expect(ofOther).not.toContain(world.enquiryA.id)
  })

  it('should never show drafts to the public or to another producer', async () => {
    expect(await list('products', 'anonymous')).not.toContain(world.draftA.id)
    expect(await list('products', 'producerB')).not.toContain(world.draftA.id)
    expect(await list('products', 'producerA')).toContain(world.draftA.id)
    expect(await list('fairs', 'anonymous')).not.toContain(world.draftFair.id)
  })

  it('should refuse the public any enquiry', async () => {
    await expect(ctx.payload.find({ collection: 'enquiries', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })
})
