/**
 * What a producer's dashboard says about its requests to exhibit: how many wait for the centre, and
 * the latest answers (accepted with the booth, or declined with the reason), read with the
 * producer's own access rules.
 */
import type { Payload, TypedUser } from 'payload'

export type ProducerExhibitorRequests = {
  waiting: number
  decided: { id: number | string; title: string; status: 'accepted' | 'declined'; booth: string | null; reason: string | null }[]
}

export async function loadProducerExhibitorRequests(payload: Payload, user: TypedUser): Promise<ProducerExhibitorRequests> {
  const asUser = { overrideAccess: false, user, depth: 0 } as const
  const [waiting, decided] = await Promise.all([
    payload.count({ collection: 'exhibitor-requests', where: { status: { equals: 'waiting' } }, ...asUser }),
    payload.find({ collection: 'exhibitor-requests', where: { status: { in: ['accepted', 'declined'] } }, sort: '-decidedAt', limit: 5, ...asUser }),
  ])
  return {
    waiting: waiting.totalDocs,
    decided: decided.docs.map((r) => ({
      id: r.id,
      title: r.title ?? '',
      status: r.status === 'accepted' ? 'accepted' : 'declined',
      booth: r.booth ?? null,
      reason: r.reason ?? null,
    })),
  }
}
