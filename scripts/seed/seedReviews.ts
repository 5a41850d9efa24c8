/**
 * Demo reviews: each producer's account saves a draft and submits it through the reviews
 * collection, as in the admin; a sent-back one is then decided by the national staff account.
 * Skipped when the producer already has a review, so a second run changes nothing.
 */
import { producerEmail } from './accounts'
import { DEMO_REVIEWS } from './demo/reviews'
import { SEED_CONTEXT, type SeedRun } from './types'

export async function seedReviews(run: SeedRun): Promise<void> {
  const { payload } = run
  const account = async (email: string) => {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
    return docs[0] ? { ...docs[0], collection: 'users' as const } : undefined
  }
  const staff = await account('staff@tieubieu.local')
  for (const review of DEMO_REVIEWS) {
    const producer = run.ids.producers.get(review.producer)
    const user = await account(producerEmail(review.producer))
    if (producer === undefined || !user) continue
    const existing = await payload.count({ collection: 'reviews', where: { producer: { equals: producer } }, overrideAccess: true })
    if (existing.totalDocs > 0) continue
    const product = review.product ? run.ids.products.get(review.product) : undefined
    const subject = product !== undefined ? ({ collection: 'products', id: product } as const) : ({ collection: 'producers', id: producer } as const)
    const as = { overrideAccess: false, user, context: SEED_CONTEXT } as const
    await payload.update({ ...subject, data: { summary: review.summary }, draft: true, locale: 'vi', ...as })
    const created = await payload.create({
      collection: 'reviews',
      data: product !== undefined ? { kind: 'products', product: product as number } : { kind: 'producers' },
      ...as,
    })
    if (review.sentBack && staff) {
      await payload.update({
        collection: 'reviews',
        id: created.id,
        data: { status: 'sent-back', comment: review.sentBack },
        overrideAccess: false,
        user: staff,
        context: SEED_CONTEXT,
      })
    }
  }
  run.log(`reviews: ${DEMO_REVIEWS.length}`)
}
