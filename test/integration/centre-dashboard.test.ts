/**
 * The centre's first page counts what a staff member looks after: the whole country for national
 * staff, their provinces for province staff (here `staffOther`, Tây Ninh, where producer B is),
 * nothing for producers. Each figure is checked against the world as built, and against a change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCentreFigures } from '../../cms/dashboard/load-centre-figures'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { makeWorld, userFor, type World } from './helpers/world'

let ctx: TestPayload
let world: World
const sys = { overrideAccess: true, context: { seeding: true } } as const

beforeAll(async () => {
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
}, 120_000)
afterAll(async () => ctx?.cleanup())

const figuresOf = async (actor: 'staff' | 'staffOther' | 'producerA' | 'admin', now?: Date) =>
  loadCentreFigures(ctx.payload, await userFor(ctx.payload, world, actor), now)

describe('centre dashboard figures', () => {
  it('should count the whole country for national staff', async () => {
    const figures = (await figuresOf('staff'))!
    expect(figures.scope).toEqual([])
    expect(figures.producers).toEqual({ published: 2, draft: 0 })
    // A's published product and B's; A's draft was never published.
    expect(figures.products).toEqual({ published: 2, draft: 1 })
    expect(figures.awards.total).toBe(1)
    expect(figures.awards.years).toEqual([2024])
    expect(figures.awards.byLevel.provincial[2024]).toBe(1)
    expect(figures.enquiries.new).toBe(2)
  })

  it('should count only their provinces for province staff', async () => {
    const figures = (await figuresOf('staffOther'))!
    expect(figures.scopeNames).toEqual(['Tây Ninh'])
    expect(figures.producers).toEqual({ published: 1, draft: 0 })
    expect(figures.products).toEqual({ published: 1, draft: 0 })
    // The one award is producer A's, in Hồ Chí Minh City.
    expect(figures.awards.total).toBe(0)
    expect(figures.enquiries.new).toBe(1)
  })

  it('should give producers nothing', async () => {
    expect(await figuresOf('producerA')).toBeUndefined()
  })

  it('should count an enquiry past its deadline without an answer as overdue until it is answered or closed', async () => {
    const now = new Date()
    const late = await ctx.payload.create({
      collection: 'enquiries',
      ...sys,
      data: {
        producer: world.producerB.id,
        status: 'forwarded',
        name: 'Late buyer',
        email: 'late@example.com',
        message: 'Xin báo giá',
        consent: true,
        dueAt: new Date(now.getTime() - 3_600_000).toISOString(),
      },
    })
    const before = { staff: (await figuresOf('staff', now))!, scoped: (await figuresOf('staffOther', now))! }
    expect(before.staff.enquiries.overdue).toBeGreaterThanOrEqual(1)
    expect(before.scoped.enquiries.overdue).toBe(1)
    expect(before.scoped.enquiries.responseRate).toBe(0)
    await ctx.payload.update({ collection: 'enquiries', id: late.id, ...sys, data: { status: 'closed' } })
    const after = (await figuresOf('staffOther', now))!
    expect(after.enquiries.overdue).toBe(0)
    expect(after.enquiries.responseRate).toBeNull()
  })

  it('should count an award of the staff member’s province under its level and year', async () => {
    await ctx.payload.create({
      collection: 'awards',
      ...sys,
      data: {
        product: world.productB.id,
        level: 'national',
        year: 2025,
        awardingBody: 'Bộ Công Thương',
        decisionNumber: '99/QĐ-BCT',
        province: world.p2.id,
        provinceNameAtAward: 'Long An',
      },
    })
    const scoped = (await figuresOf('staffOther'))!
    expect(scoped.awards.total).toBe(1)
    expect(scoped.awards.byLevel.national[2025]).toBe(1)
    const national = (await figuresOf('admin'))!
    expect(national.awards.years).toEqual([2025, 2024])
    expect(national.awards.total).toBe(2)
  })

  it('should count a published product with changes in progress as a draft, as the product list does', async () => {
    await ctx.payload.update({ collection: 'products', id: world.productB.id, ...sys, locale: 'vi', draft: true, data: { name: 'Kẹo khóm (đang sửa)' } })
    const scoped = (await figuresOf('staffOther'))!
    expect(scoped.products).toEqual({ published: 0, draft: 1 })
    const listed = await ctx.payload.find({
      collection: 'products',
      draft: true,
      where: { _status: { equals: 'draft' }, province: { in: [world.p2.id] } },
      overrideAccess: true,
    })
    expect(listed.totalDocs).toBe(scoped.products.draft)
  })
})
