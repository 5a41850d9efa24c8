/**
 * Producers' changes are reviewed (issue 11): a producer's publish is held, its draft is submitted
 * with a field-by-field diff, staff of its province approve it (it goes live) or send it back with a
 * comment, the producer is told by mail and on its dashboard, the audit trail keeps each step, and
 * claims stay "not verified" until staff verify them. Actors go through the Local API with their
 * own access (overrideAccess: false). What reaches the public at once, and search, is in
 * reviews.published.test.ts.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadProducerReviews } from '../../cms/reviews/load-producer-reviews'
import type { ReviewChange } from '../../cms/reviews/review-changes'
import { as, auditActions, mails, NEW_SUMMARY, OLD_SUMMARY, publicProduct, rw, setUpReviews, submitSummary } from './helpers/reviews'
import { type Actor, userFor, type World } from './helpers/world'

let payload: Payload
let world: World
setUpReviews()
beforeAll(() => {
  ;({ payload, world } = rw)
})

describe('a producer submits a change', () => {
  it('should refuse a producer publishing directly, and say to submit for review', async () => {
    await expect(
      payload.update({
        collection: 'products',
        id: world.productA.id,
        data: { summary: NEW_SUMMARY, _status: 'published' },
        locale: 'vi',
        ...(await as('producerA')),
      }),
    ).rejects.toThrow(/Gửi duyệt/)
    expect((await publicProduct()).summary).toBe(OLD_SUMMARY)
  })

  it('should list only the changed fields, published beside submitted, with Vietnamese and English labels', async () => {
    const review = await submitSummary(NEW_SUMMARY)
    expect(review.status).toBe('pending')
    expect(review.province).toMatchObject({ id: world.p1.id })
    const changes = review.changes as ReviewChange[]
    const label = { vi: 'Mô tả ngắn (VI)', en: 'Summary (VI)' }
    expect(changes).toEqual([{ field: 'summary.vi', label, from: OLD_SUMMARY, to: NEW_SUMMARY, claim: false }])
    // Submitted is not published: the public still reads the old text.
    expect((await publicProduct()).summary).toBe(OLD_SUMMARY)
    const events = await auditActions(world.productA.id)
    expect(events.map((e) => e.action)).toContain('submit')
    expect(events.find((e) => e.action === 'submit')?.userEmail).toBe('a@test.local')
  })

  it('should refuse the same draft sent a second time while it waits, so the centre lists it once', async () => {
    await expect(payload.create({ collection: 'reviews', data: { kind: 'products', product: world.productA.id }, ...(await as('producerA')) })).rejects.toThrow(
      /đang chờ trung tâm duyệt/,
    )
    const waiting = await payload.count({
      collection: 'reviews',
      where: { product: { equals: world.productA.id }, status: { equals: 'pending' } },
      overrideAccess: true,
    })
    expect(waiting.totalDocs).toBe(1)
  })

  it('should refuse a submission of another producer’s product', async () => {
    await expect(
      payload.create({ collection: 'reviews', data: { kind: 'products', product: world.productA.id }, ...(await as('producerB')) }),
    ).rejects.toThrow()
  })

  it('should refuse a submission with nothing changed', async () => {
    await expect(payload.create({ collection: 'reviews', data: { kind: 'products', product: world.productB.id }, ...(await as('producerB')) })).rejects.toThrow(
      /Bản nháp không khác/,
    )
  })
})

describe('who sees and decides a review', () => {
  it('should show producer A its review, and hide it from producer B, scoped staff elsewhere and the public', async () => {
    const count = async (actor: Actor) => (await payload.count({ collection: 'reviews', ...(await as(actor)) })).totalDocs
    expect(await count('producerA')).toBeGreaterThan(0)
    expect(await count('staff')).toBeGreaterThan(0)
    expect(await count('producerB')).toBe(0)
    expect(await count('staffOther')).toBe(0)
    await expect(count('anonymous')).rejects.toThrow()
  })

  it('should let neither producer approve, nor staff outside the province', async () => {
    const { docs } = await payload.find({ collection: 'reviews', where: { status: { equals: 'pending' } }, overrideAccess: true })
    const id = docs[0]!.id
    for (const actor of ['producerA', 'producerB', 'staffOther', 'anonymous'] as const) {
      await expect(payload.update({ collection: 'reviews', id, data: { status: 'approved' }, ...(await as(actor)) })).rejects.toThrow()
    }
    expect((await payload.findByID({ collection: 'reviews', id, overrideAccess: true })).status).toBe('pending')
  })
})

describe('staff decide', () => {
  it('should refuse sending back without a comment', async () => {
    const { docs } = await payload.find({ collection: 'reviews', where: { status: { equals: 'pending' } }, overrideAccess: true })
    await expect(payload.update({ collection: 'reviews', id: docs[0]!.id, data: { status: 'sent-back' }, ...(await as('staff')) })).rejects.toThrow(/ý kiến/)
  })

  it('should publish the change on approval, mail the producer and show it on its dashboard', async () => {
    const { docs } = await payload.find({ collection: 'reviews', where: { status: { equals: 'pending' } }, overrideAccess: true })
    const before = mails().length
    const approved = await payload.update({ collection: 'reviews', id: docs[0]!.id, data: { status: 'approved' }, ...(await as('staff')) })
    expect(approved.decidedBy).toMatchObject({ id: world.users.staff.id })
    expect((await publicProduct()).summary).toBe(NEW_SUMMARY)
    const mail = mails().slice(before)
    expect(mail).toHaveLength(1)
    expect(mail[0]!.subject).toContain('đã được duyệt')
    expect(JSON.stringify(mail[0]!.to)).toContain('a@test.local')
    const home = await loadProducerReviews(payload, (await userFor(payload, world, 'producerA'))!)
    expect(home.decided[0]).toMatchObject({ status: 'approved', title: 'Mật ong hoa cà phê' })
    const events = await auditActions(world.productA.id)
    expect(events.find((e) => e.action === 'approve')?.userEmail).toBe('staff@test.local')
  })

  it('should send a change back with the comment, keep it unpublished, and tell the producer why', async () => {
    const review = await submitSummary('Mật ong tốt nhất thế giới')
    const before = mails().length
    const comment = 'Không dùng "tốt nhất" khi chưa có căn cứ'
    await payload.update({ collection: 'reviews', id: review.id, data: { status: 'sent-back', comment }, ...(await as('staff')) })
    expect((await publicProduct()).summary).toBe(NEW_SUMMARY)
    const mail = mails().slice(before)
    expect(mail[0]!.subject).toContain('cần sửa lại')
    expect(mail[0]!.text).toContain(comment)
    const home = await loadProducerReviews(payload, (await userFor(payload, world, 'producerA'))!)
    expect(home.decided[0]).toMatchObject({ status: 'sent-back', comment })
    const events = await auditActions(world.productA.id)
    expect(events.find((e) => e.action === 'send-back')?.summary).toContain(comment)
  })

  it('should refuse approving a draft the producer changed after submitting it', async () => {
    const review = await submitSummary('Bản một')
    const second = { summary: 'Bản hai' }
    await payload.update({ collection: 'products', id: world.productA.id, data: second, draft: true, locale: 'vi', ...(await as('producerA')) })
    await expect(payload.update({ collection: 'reviews', id: review.id, data: { status: 'approved' }, ...(await as('staff')) })).rejects.toThrow(
      /sau khi gửi duyệt/,
    )
  })
})

describe('claims', () => {
  it('should keep a producer’s certification unverified whatever it sends, and mark it as a claim in the diff', async () => {
    const cert = { kind: 'vietgap' as const, number: 'VG-01', validUntil: '2030-01-01', verified: true }
    await payload.update({
      collection: 'products',
      id: world.productA.id,
      data: { certifications: [cert] },
      draft: true,
      locale: 'vi',
      ...(await as('producerA')),
    })
    const review = await payload.create({ collection: 'reviews', data: { kind: 'products', product: world.productA.id }, ...(await as('producerA')) })
    expect(review.claims).toBe(true)
    expect((review.changes as ReviewChange[]).find((c) => c.field === 'certifications')).toMatchObject({ claim: true })
    await payload.update({ collection: 'reviews', id: review.id, data: { status: 'approved' }, ...(await as('staff')) })
    const live = await publicProduct()
    expect(live.certifications?.[0]).toMatchObject({ kind: 'vietgap', verified: false })
  })

  it('should let staff verify it with the evidence, and record who did', async () => {
    const live = await payload.findByID({ collection: 'products', id: world.productA.id, overrideAccess: true })
    const certifications = (live.certifications ?? []).map((c) => ({ ...c, verified: true, evidence: world.mediaA.id }))
    await payload.update({ collection: 'products', id: world.productA.id, data: { certifications }, ...(await as('staff')) })
    expect((await publicProduct()).certifications?.[0]).toMatchObject({ verified: true })
    const events = await auditActions(world.productA.id)
    expect(events.find((e) => e.action === 'verify')).toMatchObject({ userEmail: 'staff@test.local' })
  })

  it('should make a verified certificate unverified again when the producer changes it, and keep it verified when untouched', async () => {
    const live = await payload.findByID({ collection: 'products', id: world.productA.id, overrideAccess: true, depth: 0 })
    const [checked] = live.certifications ?? []
    const untouched = await payload.update({
      collection: 'products',
      id: world.productA.id,
      data: { certifications: [checked!] },
      draft: true,
      depth: 0,
      ...(await as('producerA')),
    })
    expect(untouched.certifications?.[0]).toMatchObject({ verified: true, evidence: world.mediaA.id })
    const changed = await payload.update({
      collection: 'products',
      id: world.productA.id,
      data: { certifications: [{ ...checked!, validUntil: '2035-01-01' }] },
      draft: true,
      depth: 0,
      ...(await as('producerA')),
    })
    expect(changed.certifications?.[0]).toMatchObject({ verified: false })
    expect(changed.certifications?.[0]?.evidence ?? null).toBeNull()
    // Back to the verified row, so the tests below start from the published state.
    await payload.update({ collection: 'products', id: world.productA.id, data: { certifications: live.certifications }, draft: true, overrideAccess: true })
  })

  it('should not let a producer write the verification of a support row', async () => {
    await payload.update({
      collection: 'producers',
      id: world.producerA.id,
      data: { support: [{ year: 2024, what: 'Máy ly tâm', amount: 50_000_000, verified: true }] },
      draft: true,
      ...(await as('producerA')),
    })
    const draft = await payload.findByID({ collection: 'producers', id: world.producerA.id, draft: true, overrideAccess: true })
    expect(draft.support?.[0]).toMatchObject({ amount: 50_000_000, verified: false })
  })
})
