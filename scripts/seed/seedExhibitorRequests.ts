/**
 * Demo requests to exhibit, created by the producer's account as in the admin. Skipped when the
 * producer already asked for that fair, so a second run changes nothing.
 */
import { producerEmail } from './accounts'
import { DEMO_EXHIBITOR_REQUESTS } from './demo/exhibitor-requests'
import { findOne } from './upsert'
import { SEED_CONTEXT, type SeedRun } from './types'

export async function seedExhibitorRequests(run: SeedRun): Promise<void> {
  const { payload } = run
  for (const request of DEMO_EXHIBITOR_REQUESTS) {
    const producer = run.ids.producers.get(request.producer)
    const fair = await findOne(run, 'fairs', { slug: { equals: request.fair } })
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: producerEmail(request.producer) } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const account = docs[0]
    if (producer === undefined || !fair || !account) continue
    const asked = await payload.count({
      collection: 'exhibitor-requests',
      where: { and: [{ producer: { equals: producer } }, { fair: { equals: fair.id } }] },
      overrideAccess: true,
    })
    if (asked.totalDocs > 0) continue
    await payload.create({
      collection: 'exhibitor-requests',
      data: {
        fair: fair.id as number,
        products: request.products.map((slug) => run.ids.products.get(slug) as number),
        message: request.message,
      },
      overrideAccess: false,
      user: { ...account, collection: 'users' as const },
      context: SEED_CONTEXT,
    })
  }
  run.log(`exhibitor requests: ${DEMO_EXHIBITOR_REQUESTS.length}`)
}
