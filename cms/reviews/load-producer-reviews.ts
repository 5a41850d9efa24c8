/**
 * What a producer's dashboard says about its submitted changes: how many wait for the centre, and
 * the latest decisions (approved, or sent back with the centre's comment), read with the
 * producer's own access rules.
 */
import type { Payload, TypedUser } from 'payload'

export type ProducerReviews = {
  waiting: number
  decided: { id: number | string; title: string; status: 'approved' | 'sent-back'; comment: string | null; decidedAt: string | null }[]
}

export async function loadProducerReviews(payload: Payload, user: TypedUser): Promise<ProducerReviews> {
  const asUser = { overrideAccess: false, user, depth: 0 } as const
  const [waiting, decided] = await Promise.all([
    payload.count({ collection: 'reviews', where: { status: { in: ['pending', 'live'] } }, ...asUser }),
    payload.find({ collection: 'reviews', where: { status: { in: ['approved', 'sent-back'] } }, sort: '-decidedAt', limit: 5, ...asUser }),
  ])
  return {
    waiting: waiting.totalDocs,
    decided: decided.docs.map((r) => ({
      id: r.id,
      title: r.title ?? '',
      status: r.status as 'approved' | 'sent-back',
      comment: r.comment ?? null,
      decidedAt: r.decidedAt ?? null,
    })),
  }
}
