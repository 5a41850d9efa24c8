/**
 * Fairs and exhibitors (issue 11): a producer asks to exhibit at an upcoming fair, staff of the
 * deciding province accept (the producer joins the fair's exhibitors with its booth) or decline
 * with a reason; the producer is told by mail and on its dashboard, and the audit trail keeps each
 * decision. Also: a fair cannot be published without its end date, and an award for an unpublished
 * product warns staff. Actors go through the Local API with their own access (overrideAccess: false).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UNPUBLISHED_PRODUCT_NOTICE } from '../../cms/collections/Awards/product-notice'
import { renderToStaticMarkup } from 'react-dom/server'
import { ExhibitorRequestWaitingCount } from '../../cms/components/ExhibitorRequestWaitingCount'
import { countWaitingExhibitorRequests } from '../../cms/fairs/count-waiting-exhibitor-requests'
import { loadProducerExhibitorRequests } from '../../cms/fairs/load-producer-exhibitor-requests'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { type Actor, makeWorld, userFor, type World } from './helpers/world'

let t: TestPayload
let payload: Payload
let world: World
const as = async (actor: Actor) => ({ overrideAccess: false, user: await userFor(payload, world, actor) }) as const
const sys = { overrideAccess: true, context: { seeding: true } } as const

const DAY = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

/** Fairs of this test: one coming up in province 1, one abroad (no province), one already over. */
let fairP1: { id: number }
let fairAbroad: { id: number }
let pastFair: { id: number }

function mails(): { subject: string; text: string; to: unknown }[] {
  const dir = process.env.MAIL_DIR as string
  let files: string[] = []
  try {
    files = readdirSync(dir)
  } catch {
    return []
  }
  return files.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')))
}

async function auditOf(documentId: number | string) {
  const { docs } = await payload.find({
    collection: 'audit-events',
    where: { documentId: { equals: String(documentId) } },
    overrideAccess: true,
    sort: 'createdAt',
  })
  return docs
}

const fair = (name: string, data: Record<string, unknown>) =>
  payload.create({
    collection: 'fairs',
    ...sys,
    locale: 'vi',
    data: { name, venue: 'SECC, 799 Nguyễn Văn Linh', organiser: 'Sở Công Thương', country: 'VN', _status: 'published', ...data } as never,
  })

beforeAll(async () => {
  t = await bootPayload()
  payload = t.payload
  world = await makeWorld(payload)
  fairP1 = await fair('Hội chợ Đặc sản vùng miền', { slug: 'dac-san', startDate: inDays(20), endDate: inDays(24), province: world.p1.id })
  fairAbroad = await fair('THAIFEX', { slug: 'thaifex', startDate: inDays(40), endDate: inDays(44), country: 'TH' })
  pastFair = await fair('Hội chợ đã qua', { slug: 'da-qua', startDate: inDays(-10), endDate: inDays(-6), province: world.p1.id })
}, 120_000)
afterAll(async () => t?.cleanup())

describe('a producer asks to exhibit', () => {
  it('should create a waiting request for the asking producer, whatever producer the form names', async () => {
    const request = await payload.create({
      collection: 'exhibitor-requests',
      data: { fair: fairP1.id, producer: world.producerB.id, products: [world.productA.id], message: 'Xin một gian hàng' },
      ...(await as('producerA')),
    })
    expect(request.status).toBe('waiting')
    expect(request.producer).toMatchObject({ id: world.producerA.id })
    expect(request.province).toMatchObject({ id: world.p1.id })
    expect(request.title).toBe('Mật ong Đất Lành — Hội chợ Đặc sản vùng miền')
  })

  it('should refuse asking twice while the first request waits', async () => {
    await expect(payload.create({ collection: 'exhibitor-requests', data: { fair: fairP1.id }, ...(await as('producerA')) })).rejects.toThrow(
      /đang chờ trung tâm xét/,
    )
  })

  it('should refuse a fair that is over, and another producer’s products', async () => {
    await expect(payload.create({ collection: 'exhibitor-requests', data: { fair: pastFair.id }, ...(await as('producerB')) })).rejects.toThrow()
    await expect(
      payload.create({ collection: 'exhibitor-requests', data: { fair: fairAbroad.id, products: [world.productA.id] }, ...(await as('producerB')) }),
    ).rejects.toThrow()
    expect(
      (await payload.count({ collection: 'exhibitor-requests', where: { producer: { equals: world.producerB.id } }, overrideAccess: true })).totalDocs,
    ).toBe(0)
  })

  it('should refuse the anonymous', async () => {
    await expect(payload.create({ collection: 'exhibitor-requests', data: { fair: fairAbroad.id }, ...(await as('anonymous')) })).rejects.toThrow()
    await expect(payload.find({ collection: 'exhibitor-requests', ...(await as('anonymous')) })).rejects.toThrow()
  })
})

describe('who sees and decides a request', () => {
  const requestOfA = async () =>
    (await payload.find({ collection: 'exhibitor-requests', where: { producer: { equals: world.producerA.id } }, overrideAccess: true })).docs[0]!

  it('should hide producer A’s request from producer B and from staff limited to another province', async () => {
    const count = async (actor: Actor) => (await payload.count({ collection: 'exhibitor-requests', ...(await as(actor)) })).totalDocs
    expect(await count('producerA')).toBe(1)
    expect(await count('staff')).toBe(1)
    expect(await count('producerB')).toBe(0)
    expect(await count('staffOther')).toBe(0)
    const id = (await requestOfA()).id
    await expect(payload.findByID({ collection: 'exhibitor-requests', id, ...(await as('producerB')) })).rejects.toThrow()
  })

  it('should let neither producer accept, nor staff of another province', async () => {
    const id = (await requestOfA()).id
    for (const actor of ['producerB', 'staffOther', 'anonymous'] as const) {
      await expect(payload.update({ collection: 'exhibitor-requests', id, data: { status: 'accepted' }, ...(await as(actor)) })).rejects.toThrow()
    }
    // Producer A may change its message while it waits, but its "accepted" is not taken.
    const own = await payload.update({ collection: 'exhibitor-requests', id, data: { status: 'accepted', message: 'Hai gian' }, ...(await as('producerA')) })
    expect(own.status).toBe('waiting')
    expect(own.message).toBe('Hai gian')
    const stored = await payload.findByID({ collection: 'fairs', id: fairP1.id, overrideAccess: true, depth: 0 })
    expect(stored.exhibitors ?? []).toHaveLength(0)
  })
})

describe("staff's count of requests waiting for their decision", () => {
  it('should count a waiting request for the deciding province’s staff, linking to the list, and not for another province’s', async () => {
    const staffP1 = {
      ...(await payload.create({
        collection: 'users',
        ...sys,
        data: { email: 'staff-p1@test.local', password: 'test-password-1', role: 'staff', provinces: [world.p1.id] },
      })),
      collection: 'users' as const,
    }
    const [staffOther, national, producerB] = await Promise.all([
      userFor(payload, world, 'staffOther'),
      userFor(payload, world, 'staff'),
      userFor(payload, world, 'producerB'),
    ])
    const counts = async () => ({
      p1: await countWaitingExhibitorRequests(payload, staffP1),
      other: await countWaitingExhibitorRequests(payload, staffOther),
      national: await countWaitingExhibitorRequests(payload, national),
    })
    const before = await counts()
    // Producer B (province 2) asks to exhibit at a fair in province 1: province 1's centre decides.
    const lang = await fair('Hội chợ Làng nghề', { slug: 'lang-nghe', startDate: inDays(30), endDate: inDays(33), province: world.p1.id })
    const request = await payload.create({ collection: 'exhibitor-requests', data: { fair: lang.id }, ...(await as('producerB')) })
    expect(request.province).toMatchObject({ id: world.p1.id })
    const after = await counts()
    expect(after.p1).toBe((before.p1 ?? 0) + 1)
    expect(after.national).toBe((before.national ?? 0) + 1)
    expect(after.other).toBe(before.other)
    expect(await countWaitingExhibitorRequests(payload, producerB), 'producers see theirs on the dashboard').toBeUndefined()

    // The admin shows the count as a link to the waiting requests; nothing for a producer.
    const render = async (user: unknown) => {
      const element = await ExhibitorRequestWaitingCount({ payload, user, i18n: { language: 'vi' } } as never)
      return element === null ? null : renderToStaticMarkup(element)
    }
    const link = await render(staffP1)
    expect(link).toContain(`data-exhibitor-requests-waiting-count="${after.p1}"`)
    expect(link).toContain('href="/admin/collections/exhibitor-requests?where[status][equals]=waiting"')
    expect(await render(producerB)).toBeNull()

    // Decided, it no longer waits.
    await payload.update({
      collection: 'exhibitor-requests',
      id: request.id,
      data: { status: 'declined', reason: 'Hết gian hàng' },
      overrideAccess: false,
      user: staffP1,
    })
    expect(await countWaitingExhibitorRequests(payload, staffP1)).toBe(before.p1)
  })
})

describe('staff decide', () => {
  it('should add an accepted producer to the fair with its booth and products, mail it, show it on its dashboard, and audit it', async () => {
    const request = (await payload.find({ collection: 'exhibitor-requests', where: { producer: { equals: world.producerA.id } }, overrideAccess: true }))
      .docs[0]!
    const before = mails().length
    const decided = await payload.update({
      collection: 'exhibitor-requests',
      id: request.id,
      data: { status: 'accepted', booth: 'B12' },
      ...(await as('staff')),
    })
    expect(decided.status).toBe('accepted')
    expect(decided.decidedAt).toBeTruthy()

    const stored = await payload.findByID({ collection: 'fairs', id: fairP1.id, overrideAccess: true, depth: 0 })
    expect(stored.exhibitors).toEqual([expect.objectContaining({ producer: world.producerA.id, booth: 'B12', products: [world.productA.id] })])

    const sent = mails().slice(before)
    expect(sent).toHaveLength(1)
    expect(JSON.stringify(sent[0]!.to)).toContain('a@test.local')
    expect(sent[0]!.subject).toMatch(/Đã nhận tham gia: Hội chợ Đặc sản vùng miền/)
    expect(sent[0]!.text).toContain('Gian hàng số: B12')
    expect((await payload.findByID({ collection: 'exhibitor-requests', id: request.id, overrideAccess: true })).notifiedAt).toBeTruthy()

    const dashboard = await loadProducerExhibitorRequests(payload, (await userFor(payload, world, 'producerA'))!)
    expect(dashboard.decided).toEqual([expect.objectContaining({ status: 'accepted', booth: 'B12' })])

    const events = await auditOf(request.id)
    expect(events.map((e) => [e.action, e.userEmail])).toEqual([['accept', 'staff@test.local']])
  })

  it('should refuse deciding again once decided', async () => {
    const request = (await payload.find({ collection: 'exhibitor-requests', where: { producer: { equals: world.producerA.id } }, overrideAccess: true }))
      .docs[0]!
    await expect(
      payload.update({ collection: 'exhibitor-requests', id: request.id, data: { status: 'declined', reason: 'Hết chỗ' }, ...(await as('staff')) }),
    ).rejects.toThrow(/đã được xét/)
  })

  it('should refuse declining without a reason, then decline with one, telling the producer why', async () => {
    // Producer B (province 2) asks for the fair abroad: the deciding province is its own.
    const request = await payload.create({ collection: 'exhibitor-requests', data: { fair: fairAbroad.id }, ...(await as('producerB')) })
    expect(request.province).toMatchObject({ id: world.p2.id })
    await expect(
      payload.update({ collection: 'exhibitor-requests', id: request.id, data: { status: 'declined' }, ...(await as('staffOther')) }),
    ).rejects.toThrow(/lý do/)
    const before = mails().length
    const decided = await payload.update({
      collection: 'exhibitor-requests',
      id: request.id,
      data: { status: 'declined', reason: 'Khu Việt Nam đã đủ gian hàng' },
      ...(await as('staffOther')),
    })
    expect(decided.status).toBe('declined')
    const sent = mails().slice(before)
    expect(sent).toHaveLength(1)
    expect(JSON.stringify(sent[0]!.to)).toContain('b@test.local')
    expect(sent[0]!.text).toContain('Lý do: Khu Việt Nam đã đủ gian hàng')
    const stored = await payload.findByID({ collection: 'fairs', id: fairAbroad.id, overrideAccess: true, depth: 0 })
    expect(stored.exhibitors ?? []).toHaveLength(0)
    const events = await auditOf(request.id)
    expect(events.map((e) => e.action)).toEqual(['decline'])
    expect(events[0]!.summary).toContain('Khu Việt Nam đã đủ gian hàng')
    // Scoped staff read the events of their province.
    expect(
      (await payload.count({ collection: 'audit-events', where: { documentId: { equals: String(request.id) } }, ...(await as('staffOther')) })).totalDocs,
    ).toBe(1)
  })
})

describe('publishing rules', () => {
  it('should keep a draft fair without its end date, and refuse publishing it with a message in both languages', async () => {
    const draft = await payload.create({
      collection: 'fairs',
      locale: 'vi',
      draft: true,
      data: { name: 'Hội chợ chưa có ngày', startDate: inDays(60), venue: 'Cần Thơ', organiser: 'Sở', country: 'VN', _status: 'draft' },
      ...(await as('staff')),
    })
    expect(draft.endDate ?? null).toBeNull()
    const publish = payload.update({ collection: 'fairs', id: draft.id, locale: 'vi', data: { _status: 'published' }, ...(await as('staff')) })
    await expect(publish).rejects.toThrow()
    const error = await publish.catch((e: { data?: { errors?: { message: string }[] } }) => e)
    expect(JSON.stringify(error)).toContain('Hội chợ cần ngày kết thúc trước khi đăng')
    expect(JSON.stringify(error)).toContain('A fair cannot be published without its end date')
    expect((await payload.findByID({ collection: 'fairs', id: draft.id, overrideAccess: true }))._status).toBe('draft')
  })

  it('should save an award for an unpublished product and warn the staff member that it will not show', async () => {
    const award = await payload.create({
      collection: 'awards',
      data: {
        product: world.draftA.id,
        level: 'provincial',
        year: 2025,
        awardingBody: 'UBND Thành phố Hồ Chí Minh',
        decisionNumber: '88/QĐ-UBND',
        province: world.p1.id,
        provinceNameAtAward: 'Thành phố Hồ Chí Minh',
      },
      ...(await as('staff')),
    })
    expect(award.id).toBeTruthy()
    expect(award.productNotice).toBe(UNPUBLISHED_PRODUCT_NOTICE)
    const published = await payload.findByID({ collection: 'awards', id: world.award.id, ...(await as('staff')) })
    expect(published.productNotice ?? null).toBeNull()
    // Buyers never see the note.
    const publicRead = await payload.findByID({ collection: 'awards', id: award.id, ...(await as('anonymous')) })
    expect(publicRead.productNotice ?? null).toBeNull()
  })
})
