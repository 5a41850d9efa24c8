/**
 * Industrial-extension calls: a producer sees the open calls it meets (and why), staff review
 * applications prefilled from the showroom, the producer is told, and accepted support joins its
 * record. The clock is set, so deadlines do not depend on the day the tests run.
 */
import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callsForMeEndpoint } from '../../cms/programmes/calls-for-me-endpoint'
import { setProgrammeClock } from '../../src/programmes/clock'
import { remindDeadlines } from '../../src/programmes/remind-deadlines'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { readMails } from './helpers/enquiries'
import { reqAs } from './helpers/imports'
import { type Actor, makeWorld, userFor, type World } from './helpers/world'

let t: TestPayload
let world: World
const sys = { overrideAccess: true } as const
const ids: Record<string, number> = {}

const call = (title: string, data: Record<string, unknown>) =>
  t.payload.create({
    collection: 'calls',
    ...sys,
    locale: 'vi',
    data: {
      title,
      programme: ids.programme,
      year: 2026,
      kind: 'machinery',
      deadline: '2026-12-20T16:59:59.000Z',
      offer: { form: 'share', sharePercent: 50, maxAmount: 300_000_000 },
      questions: [{ question: 'Máy móc dự kiến mua?' }],
      _status: 'published',
      ...data,
    } as never,
  })

beforeAll(async () => {
  t = await bootPayload()
  world = await makeWorld(t.payload)
  setProgrammeClock(new Date('2026-12-05T03:00:00Z'))
  await t.payload.update({
    collection: 'producers',
    id: world.producerA.id,
    ...sys,
    data: { foundedYear: 2015, address: '12 Lê Lợi, Thủ Dầu Một', contacts: { email: 'datlanh@example.vn', phone: '0909000111' } },
  })
  const programme = await t.payload.create({
    collection: 'programmes',
    ...sys,
    data: { name: 'Khuyến công địa phương TP.HCM 2026', slug: 'kcdp-hcm-2026', source: 'local', province: world.p1.id, fromYear: 2026, _status: 'published' },
  })
  ids.programme = programme.id
  const eligibility = (provinces: number[]) => ({ provinces, minAwardLevel: 'provincial', onceOnly: true, onceOnlyRule: 'Quy định của tỉnh Bình Dương' })
  ids.hcm = (await call('Hỗ trợ máy móc chế biến 2026', { province: world.p1.id, eligibility: eligibility([world.p1.id]) })).id
  ids.tn = (await call('Hỗ trợ bao bì Tây Ninh', { province: world.p2.id, kind: 'packaging-design', eligibility: { provinces: [world.p2.id] } })).id
  ids.closed = (await call('Hội chợ đã hết hạn', { kind: 'fair-booth', deadline: '2026-11-30T16:59:59.000Z' })).id
  ids.draft = (
    await t.payload.create({
      collection: 'calls',
      ...sys,
      draft: true,
      locale: 'vi',
      data: {
        title: 'Chưa công bố',
        programme: ids.programme,
        year: 2026,
        kind: 'brand',
        deadline: '2026-12-30T00:00:00Z',
        offer: { form: 'amount' },
        _status: 'draft',
      },
    })
  ).id
})
afterAll(async () => {
  setProgrammeClock(undefined)
  await t?.cleanup()
})

async function forMe(actor: Actor) {
  const req = (await reqAs(t.payload, world, actor)) as PayloadRequest
  if (actor === 'anonymous') req.user = null
  const response = await callsForMeEndpoint.handler(req)
  return { status: response.status, body: await response.json() }
}

const as = async (actor: Actor) => ({ overrideAccess: false, user: (await userFor(t.payload, world, actor)) as never })

describe('GET /api/calls/for-me', () => {
  it('should list the open calls the producer meets with why, and the others with what is missing', async () => {
    const { status, body } = await forMe('producerA')
    expect(status).toBe(200)
    expect(body.calls.map((c: { title: string }) => c.title)).toEqual(['Hỗ trợ máy móc chế biến 2026'])
    expect(body.calls[0].fits.map((f: { rule: string }) => f.rule)).toEqual(['province', 'award', 'onceOnly'])
    expect(body.calls[0].daysLeft).toBe(16)
    expect(body.others.map((c: { title: string }) => c.title)).toEqual(['Hỗ trợ bao bì Tây Ninh'])
    expect(body.others[0].missing[0].vi).toBe('Cơ sở không ở tỉnh/thành được hỗ trợ')
  })

  it('should not show another province’s call, a closed call or a draft to a producer that does not fit', async () => {
    const { body } = await forMe('producerB')
    expect(body.calls.map((c: { title: string }) => c.title)).toEqual(['Hỗ trợ bao bì Tây Ninh'])
    const missing = body.others[0].missing.map((f: { rule: string }) => f.rule)
    expect(missing).toEqual(['province', 'award'])
  })

  it('should ask the anonymous to sign in and tell staff it is for producers', async () => {
    expect((await forMe('anonymous')).status).toBe(401)
    const staff = await forMe('staff')
    expect(staff.status).toBe(403)
    expect(staff.body.errors[0].message).toContain('Only producer accounts')
  })
})

describe('who reads and edits calls and applications', () => {
  it('should show the public published calls only', async () => {
    const found = await t.payload.find({ collection: 'calls', ...(await as('anonymous')), pagination: false })
    expect(found.docs.map((c) => c.id)).not.toContain(ids.draft)
    expect(found.docs).toHaveLength(3)
  })

  it('should let staff limited to another province neither edit nor create this province’s calls', async () => {
    await expect(t.payload.update({ collection: 'calls', id: ids.hcm, data: { year: 2027 }, ...(await as('staffOther')) })).rejects.toThrow()
    const edited = await t.payload.update({ collection: 'calls', id: ids.tn, data: { year: 2026 }, ...(await as('staffOther')) })
    expect(edited.id).toBe(ids.tn)
  })
})

describe('reminders', () => {
  it('should remind a fitting producer seven days before the deadline, and not on other days', async () => {
    const mails = () => readMails(`${t.dir}/mail`).filter((m) => m.subject.startsWith('Còn 7 ngày'))
    expect((await remindDeadlines(t.payload, new Date('2026-12-12T01:00:00Z'), 'http://cms.test')).sent).toEqual([])
    const { sent } = await remindDeadlines(t.payload, new Date('2026-12-13T01:00:00Z'), 'http://cms.test')
    // B's page has no e-mail, but B has an account: it hears of its Tây Ninh call too.
    expect([...sent].sort((a, b) => a.producer - b.producer)).toEqual([
      { producer: world.producerA.id, call: ids.hcm },
      { producer: world.producerB.id, call: ids.tn },
    ])
    expect(mails().map((m) => m.to)).toEqual(expect.arrayContaining([['datlanh@example.vn', 'a@test.local'], ['b@test.local']]))
    expect(mails()).toHaveLength(2)
    expect(mails().some((m) => m.subject.includes('Hỗ trợ máy móc chế biến 2026'))).toBe(true)
  })
})

describe('applying', () => {
  it('should prefill the application from the showroom and pin it to the producer that applies', async () => {
    const application = await t.payload.create({
      collection: 'applications',
      ...(await as('producerA')),
      depth: 0,
      data: { call: ids.hcm, producer: world.producerB.id, status: 'draft' },
    })
    ids.application = application.id
    expect(application.producer).toBe(world.producerA.id)
    expect(application.status).toBe('draft')
    expect(application.applicant).toMatchObject({
      legalName: 'Cơ sở Mật ong Đất Lành',
      kind: 'Hộ kinh doanh',
      address: '12 Lê Lợi, Thủ Dầu Một',
      province: 'Thành phố Hồ Chí Minh',
      foundedYear: 2015,
      products: 'Mật ong bạc hà (nháp)\nMật ong hoa cà phê',
      awards: 'Mật ong hoa cà phê: sản phẩm tiêu biểu cấp tỉnh năm 2024',
      contactEmail: 'datlanh@example.vn',
    })
    expect(application.answers?.map((a) => a.question)).toEqual(['Máy móc dự kiến mua?'])
    const others = await t.payload.find({ collection: 'applications', ...(await as('producerB')) })
    expect(others.totalDocs).toBe(0)
  })

  it('should keep a draft, then submit it, after which the producer can no longer change it', async () => {
    const producer = await as('producerA')
    const saved = await t.payload.update({
      collection: 'applications',
      id: ids.application,
      ...producer,
      data: { answers: [{ question: 'Máy móc dự kiến mua?', answer: 'Máy quay mật ly tâm' }], requestedAmount: 120_000_000, counterpartFunds: 150_000_000 },
    })
    expect(saved.status).toBe('draft')
    const submitted = await t.payload.update({ collection: 'applications', id: ids.application, ...producer, data: { status: 'submitted' } })
    expect(submitted.submittedAt).toBe('2026-12-05T03:00:00.000Z')
    await expect(t.payload.update({ collection: 'applications', id: ids.application, ...producer, data: { requestedAmount: 1 } })).rejects.toThrow(
      /không có quyền/,
    )
    await expect(t.payload.create({ collection: 'applications', ...producer, data: { call: ids.tn, status: 'accepted' } })).rejects.toThrow(
      /Only centre staff decide/,
    )
  })

  it('should refuse a submission after the deadline', async () => {
    const draft = await t.payload.create({ collection: 'applications', ...(await as('producerB')), data: { call: ids.tn, status: 'draft' } })
    setProgrammeClock(new Date('2026-12-21T00:00:00Z'))
    try {
      await expect(t.payload.update({ collection: 'applications', id: draft.id, ...(await as('producerB')), data: { status: 'submitted' } })).rejects.toThrow(
        /call is closed/,
      )
    } finally {
      setProgrammeClock(new Date('2026-12-05T03:00:00Z'))
    }
  })
})

describe('review', () => {
  it('should ask staff for a reason to decline', async () => {
    await expect(t.payload.update({ collection: 'applications', id: ids.application, ...(await as('staff')), data: { status: 'declined' } })).rejects.toThrow(
      /reason/,
    )
  })

  it('should tell the producer it was accepted and add the support to its record, which then rules out a once-only call', async () => {
    const accepted = await t.payload.update({
      collection: 'applications',
      id: ids.application,
      ...(await as('staff')),
      data: { status: 'accepted', decision: { amountGranted: 120_000_000, reason: 'Đủ điều kiện', publicOnBrandPage: true } },
    })
    expect(accepted.decidedAt).toBe('2026-12-05T03:00:00.000Z')
    const mail = readMails(`${t.dir}/mail`).find((m) => m.subject.startsWith('Hồ sơ được hỗ trợ'))
    expect(mail?.subject).toContain('Hồ sơ được hỗ trợ: Hỗ trợ máy móc chế biến 2026')
    expect(mail?.text).toContain('120.000.000 đồng')
    const producer = await t.payload.findByID({ collection: 'producers', id: world.producerA.id, ...sys, depth: 0 })
    expect(producer.support).toEqual([
      expect.objectContaining({
        year: 2026,
        kind: 'machinery',
        amount: 120_000_000,
        counterpart: 150_000_000,
        programme: 'Khuyến công địa phương TP.HCM 2026',
        public: true,
      }),
    ])
    const after = await t.payload.findByID({ collection: 'applications', id: ids.application, ...sys })
    expect(after.notifiedAt).toBe('2026-12-05T03:00:00.000Z')
    const { body } = await forMe('producerA')
    expect(body.calls).toHaveLength(0)
    expect(body.others.find((c: { id: number }) => c.id === ids.hcm).missing[0].vi).toContain('Đã nhận hỗ trợ năm 2026')
  })

  it('should tell a producer with no e-mail on its page through its account, and show the support without publishing its waiting change', async () => {
    // Kẹo Khóm Bến Lức shows no contact e-mail, and has a change of its page waiting for review.
    const application = await t.payload.create({ collection: 'applications', ...(await as('producerB')), data: { call: ids.tn, status: 'submitted' } })
    expect(application.applicant?.contactEmail ?? '').toBe('')
    await t.payload.update({
      collection: 'producers',
      id: world.producerB.id,
      ...(await as('producerB')),
      draft: true,
      data: { capacity: 'Chờ duyệt: 3 tấn/tháng' },
    })
    await t.payload.update({
      collection: 'applications',
      id: application.id,
      ...(await as('staff')),
      data: { status: 'accepted', decision: { amountGranted: 30_000_000, publicOnBrandPage: true } },
    })
    const mail = readMails(`${t.dir}/mail`).find((m) => m.subject.startsWith('Hồ sơ được hỗ trợ: Hỗ trợ bao bì Tây Ninh'))
    expect(mail?.to).toEqual(['b@test.local'])
    expect((await t.payload.findByID({ collection: 'applications', id: application.id, ...sys })).notifiedAt).toBe('2026-12-05T03:00:00.000Z')
    // The public page stays up, with the support and without the unreviewed change.
    const shown = await t.payload.findByID({ collection: 'producers', id: world.producerB.id, ...(await as('anonymous')), depth: 0 })
    expect(shown._status).toBe('published')
    expect(shown.capacity ?? null).toBeNull()
    expect(shown.support).toEqual([expect.objectContaining({ what: 'Hỗ trợ bao bì Tây Ninh', amount: 30_000_000, public: true })])
    // The change still waits, now with the support in it too.
    const waiting = await t.payload.findByID({ collection: 'producers', id: world.producerB.id, ...sys, draft: true, depth: 0 })
    expect(waiting._status).toBe('draft')
    expect(waiting.capacity).toBe('Chờ duyệt: 3 tấn/tháng')
    expect(waiting.support?.map((s) => s.amount)).toEqual([30_000_000])
  })

  it('should show granted support to the public only when the producer agreed, and always to the producer and staff', async () => {
    const own = await t.payload.findByID({ collection: 'producers', id: world.producerA.id, ...sys, depth: 0 })
    const granted = own.support?.[0]
    await t.payload.update({
      collection: 'producers',
      id: world.producerA.id,
      ...sys,
      data: { support: [...(own.support ?? []), { ...granted, id: undefined, year: 2025, amount: 9_000_000, public: false }] },
    })
    const amounts = async (actor: Actor) =>
      ((await t.payload.findByID({ collection: 'producers', id: world.producerA.id, ...(await as(actor)), depth: 0 })).support ?? []).map((s) => s.amount)
    expect(await amounts('anonymous')).toEqual([120_000_000])
    expect(await amounts('producerA')).toEqual([120_000_000, 9_000_000])
    expect(await amounts('staff')).toEqual([120_000_000, 9_000_000])
  })
})
