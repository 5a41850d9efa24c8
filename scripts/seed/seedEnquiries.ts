/**
 * Demo enquiries: a handful of buyers writing to producers, in every state a centre meets (new,
 * answered on time and late, escalated, one falling due a minute after the seed runs). Upserted by
 * reference; the response deadline is counted in working days from when each was sent (days before
 * the run date).
 */
import { RESPONSE_WORKING_DAYS } from '../../cms/collections/Enquiries/hooks/prepareEnquiry'
import { addWorkingDays } from '../../src/enquiries/working-days'
import { DEMO_ENQUIRIES } from './demo/enquiries'
import { addDays } from './names'
import type { SeedRun } from './types'
import { upsert } from './upsert'

export async function seedEnquiries(run: SeedRun): Promise<void> {
  for (const enquiry of DEMO_ENQUIRIES) {
    const { reference, product, producer, ageDays, answeredAfterHours, escalated, dueInMinutes, ...fields } = enquiry
    const sentAt = addDays(run.now, -ageDays)
    const dueAt = dueInMinutes === undefined ? addWorkingDays(sentAt, RESPONSE_WORKING_DAYS) : new Date(run.now.getTime() + dueInMinutes * 60_000)
    await upsert(run, {
      collection: 'enquiries',
      where: { reference: { equals: reference } },
      data: {
        ...fields,
        reference,
        product: product ? run.ids.products.get(product) : null,
        producer: run.ids.producers.get(producer),
        consent: true,
        createdAt: sentAt.toISOString(),
        dueAt: dueAt.toISOString(),
        answeredAt: answeredAfterHours === undefined ? null : new Date(sentAt.getTime() + answeredAfterHours * 3_600_000).toISOString(),
        escalatedAt: escalated ? new Date(dueAt.getTime() + 2 * 3_600_000).toISOString() : null,
        staffNotes: fields.staffNotes ?? null,
      },
    })
  }
  run.log(`enquiries: ${DEMO_ENQUIRIES.length}`)
}
