/**
 * A submitted application is the centre's (issue 12): the admin asks Payload whether the signed-in
 * user may update the document, and for the producer that sent it the answer is now no, so its
 * form is read-only, without a Save button. Staff of the applicant's province still decide on it;
 * a draft stays the producer's to change and submit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setProgrammeClock } from '../../src/programmes/clock'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { rest, signInAll } from './helpers/rest'
import { type Actor, makeWorld, userFor, type World } from './helpers/world'

let t: TestPayload
let world: World
let tokens: Record<Actor, string | undefined>
const sys = { overrideAccess: true } as const
let callId: number

beforeAll(async () => {
  t = await bootPayload()
  world = await makeWorld(t.payload)
  tokens = await signInAll(world)
  setProgrammeClock(new Date('2026-12-05T03:00:00Z'))
  const programme = await t.payload.create({
    collection: 'programmes',
    ...sys,
    data: { name: 'Khuyến công địa phương TP.HCM 2026', slug: 'kcdp-hcm-2026', source: 'local', province: world.p1.id, fromYear: 2026, _status: 'published' },
  })
  const call = await t.payload.create({
    collection: 'calls',
    ...sys,
    locale: 'vi',
    data: {
      title: 'Hỗ trợ máy móc chế biến 2026',
      programme: programme.id,
      province: world.p1.id,
      year: 2026,
      kind: 'machinery',
      deadline: '2026-12-20T16:59:59.000Z',
      offer: { form: 'share', sharePercent: 50, maxAmount: 300_000_000 },
      questions: [{ question: 'Máy móc dự kiến mua?' }],
      eligibility: { provinces: [world.p1.id] },
      _status: 'published',
    } as never,
  })
  callId = call.id
})
afterAll(async () => {
  setProgrammeClock(undefined)
  await t?.cleanup()
})

const as = async (actor: Actor) => ({ overrideAccess: false, user: (await userFor(t.payload, world, actor)) as never })

/** What the admin's edit view is told about the document: may this user save it? */
async function maySave(actor: Actor, id: number): Promise<boolean> {
  const { status, body } = await rest(`/applications/access/${id}`, { method: 'POST', token: tokens[actor] })
  expect(status).toBe(200)
  const update = body.update as boolean | { permission?: boolean } | undefined
  return typeof update === 'object' ? Boolean(update?.permission) : Boolean(update)
}

describe('an application in the admin', () => {
  it('should be the producer’s to change while a draft, and read-only to it once submitted, while staff of its province still decide', async () => {
    const draft = await t.payload.create({ collection: 'applications', ...(await as('producerA')), data: { call: callId } as never })
    expect(await maySave('producerA', draft.id)).toBe(true)
    expect(await maySave('producerB', draft.id)).toBe(false)

    await t.payload.update({
      collection: 'applications',
      id: draft.id,
      ...(await as('producerA')),
      data: { requestedAmount: 120_000_000, status: 'submitted' },
    })
    expect(await maySave('producerA', draft.id)).toBe(false)
    expect(await maySave('staff', draft.id)).toBe(true)
    expect(await maySave('admin', draft.id)).toBe(true)
    expect(await maySave('staffOther', draft.id)).toBe(false)

    // The API refuses the producer's change just the same, and leaves the application as it was.
    const refused = await rest(`/applications/${draft.id}`, { method: 'PATCH', token: tokens.producerA, json: { requestedAmount: 1 } })
    expect(refused.status).toBe(403)
    expect((await t.payload.findByID({ collection: 'applications', id: draft.id, ...sys })).requestedAmount).toBe(120_000_000)

    const accepted = await t.payload.update({
      collection: 'applications',
      id: draft.id,
      ...(await as('staff')),
      data: { status: 'accepted', decision: { amountGranted: 100_000_000, reason: 'Đủ điều kiện' } },
    })
    expect(accepted.status).toBe('accepted')
    expect(await maySave('producerA', draft.id)).toBe(false)
    // It still reads its application, decision included.
    const seen = await t.payload.findByID({ collection: 'applications', id: draft.id, ...(await as('producerA')) })
    expect(seen.decision?.amountGranted).toBe(100_000_000)
  })
})
