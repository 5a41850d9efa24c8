/**
 * Demo programmes, calls (deadlines relative to the run) and applications in each state.
 * Upserted by slug, and applications by call and producer.
 */
import { DEMO_APPLICATIONS, DEMO_CALLS, DEMO_PROGRAMMES } from './demo/programmes'
import { addDays } from './names'
import type { Id, SeedRun } from './types'
import { findOne, upsert } from './upsert'

const known = (map: Map<string, Id>, slug: string, what: string): Id => {
  const id = map.get(slug)
  if (id === undefined) throw new Error(`Demo programmes: unknown ${what} "${slug}"`)
  return id
}

export async function seedProgrammes(run: SeedRun): Promise<void> {
  const programmes = new Map<string, Id>()
  for (const p of DEMO_PROGRAMMES) {
    const saved = await upsert(run, {
      collection: 'programmes',
      where: { slug: { equals: p.slug } },
      status: 'published',
      data: {
        name: p.name.vi,
        slug: p.slug,
        source: p.source,
        province: p.province ? known(run.ids.provinces, p.province, 'province') : null,
        fromYear: p.fromYear,
        toYear: p.toYear,
        decision: p.decision,
        pilot: Boolean(p.pilot),
      },
      en: () => ({ name: p.name.en }),
    })
    programmes.set(p.slug, saved.id)
  }
  const calls = new Map<string, Id>()
  for (const c of DEMO_CALLS) {
    const programme = DEMO_PROGRAMMES.find((p) => p.slug === c.programme)
    // The end of the deadline day, Vietnamese time.
    const deadline = new Date(`${addDays(run.now, c.deadlineIn).toISOString().slice(0, 10)}T16:59:59.000Z`)
    const saved = await upsert(run, {
      collection: 'calls',
      where: { slug: { equals: c.slug } },
      status: 'published',
      data: {
        title: c.title.vi,
        slug: c.slug,
        programme: known(programmes, c.programme, 'programme'),
        province: programme?.province ? known(run.ids.provinces, programme.province, 'province') : null,
        year: 2026,
        kind: c.kind,
        summary: c.offer.covers.vi,
        offer: {
          form: c.offer.form,
          sharePercent: c.offer.sharePercent ?? null,
          maxAmount: c.offer.maxAmount ?? null,
          covers: c.offer.covers.vi,
          counterpart: c.offer.counterpart?.vi ?? null,
        },
        eligibility: {
          provinces: c.provinces.map((slug) => known(run.ids.provinces, slug, 'province')),
          producerKinds: c.producerKinds ?? [],
          minAwardLevel: c.minAwardLevel ?? null,
          minYearsOperating: c.minYearsOperating ?? null,
          onceOnly: Boolean(c.onceOnly),
          onceOnlyRule: c.onceOnly ? 'Mỗi cơ sở chỉ được hỗ trợ một lần theo quy định của tỉnh' : null,
        },
        opensAt: addDays(run.now, c.deadlineIn - 45).toISOString(),
        deadline: deadline.toISOString(),
        documents: [
          { name: 'Đơn đề nghị hỗ trợ (mẫu 01)', required: true },
          { name: 'Giấy đăng ký kinh doanh', required: true },
        ],
        questions: [{ question: 'Nội dung đề nghị hỗ trợ cụ thể?' }],
        contact: { office: 'Trung tâm Khuyến công', phone: '0283 822 0000', email: 'khuyencong@tieubieu.local' },
      },
      en: (saved) => ({
        title: c.title.en,
        summary: c.offer.covers.en,
        offer: { ...(saved.offer as object), covers: c.offer.covers.en, counterpart: c.offer.counterpart?.en ?? null },
        eligibility: { ...(saved.eligibility as object), onceOnlyRule: c.onceOnly ? "Once per establishment, by the province's rule" : null },
        documents: (saved.documents as { id: string }[]).map((d, i) => ({ ...d, name: i === 0 ? 'Application form (form 01)' : 'Business registration' })),
        questions: (saved.questions as { id: string }[]).map((q) => ({ ...q, question: 'What exactly do you ask support for?' })),
        contact: { ...(saved.contact as object), office: 'Industrial Extension Centre' },
      }),
    })
    calls.set(c.slug, saved.id)
  }
  for (const a of DEMO_APPLICATIONS) {
    const call = known(calls, a.call, 'call')
    const producer = known(run.ids.producers, a.producer, 'producer')
    const existing = await findOne(run, 'applications', { and: [{ call: { equals: call } }, { producer: { equals: producer } }] })
    const data = {
      call,
      producer,
      status: a.status,
      submittedAt: a.status === 'draft' ? null : addDays(run.now, -15).toISOString(),
      decidedAt: a.status === 'accepted' || a.status === 'declined' ? addDays(run.now, -5).toISOString() : null,
      counterpartFunds: 'counterpart' in a ? a.counterpart : null,
      decision: { reason: 'reason' in a ? a.reason : null, amountGranted: 'amountGranted' in a ? a.amountGranted : null, publicOnBrandPage: true },
    }
    const common = { collection: 'applications', depth: 0, overrideAccess: true, context: { seeding: true } } as const
    if (existing) await run.payload.update({ ...common, id: existing.id, data: data as never })
    else await run.payload.create({ ...common, data: data as never })
  }
  run.log(`programmes: ${DEMO_PROGRAMMES.length}, calls: ${DEMO_CALLS.length}, applications: ${DEMO_APPLICATIONS.length}`)
}
