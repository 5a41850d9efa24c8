/**
 * The response figures a signed-in person may see: every producer of a staff member's provinces,
 * or a producer's own row, by reading the last twelve months of enquiries with that person's
 * access rules. Undefined for anyone else.
 */
import type { Payload } from 'payload'
import type { User } from '../payload-types'
import { type ProducerResponseStats, responseStats } from '../../src/enquiries/response-stats'
import { isStaff, producerOf } from '../access/roles'

const YEAR_MS = 365 * 24 * 3600_000

export type ResponseFigures = { own: boolean; rows: ProducerResponseStats[] }

export async function loadResponseFigures(payload: Payload, user: User | null | undefined, now = new Date()): Promise<ResponseFigures | undefined> {
  const principal = user ? { ...user, collection: 'users' as const } : undefined
  if (!principal || (!isStaff(principal) && producerOf(principal) === undefined)) return undefined
  const { docs } = await payload.find({
    collection: 'enquiries',
    where: { createdAt: { greater_than: new Date(now.getTime() - YEAR_MS).toISOString() } },
    select: { producer: true, status: true, createdAt: true, answeredAt: true, dueAt: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: false,
    user: principal,
  })
  const producerIds = [...new Set(docs.map((d) => (typeof d.producer === 'object' ? d.producer?.id : d.producer)).filter((p) => p != null))]
  const producers = producerIds.length
    ? await payload.find({
        collection: 'producers',
        where: { id: { in: producerIds } },
        select: { brandName: true },
        depth: 0,
        pagination: false,
        limit: 0,
        draft: true,
        overrideAccess: true,
      })
    : { docs: [] }
  const names = Object.fromEntries(producers.docs.map((p) => [String(p.id), String(p.brandName ?? '')]))
  const rows = responseStats(
    docs.map((d) => ({ ...d, producer: typeof d.producer === 'object' ? d.producer?.id : d.producer })),
    now,
    names,
  )
  return { own: !isStaff(principal), rows }
}
