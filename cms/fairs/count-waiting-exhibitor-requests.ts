/**
 * How many requests to exhibit wait for a staff member's decision, counted with their own access
 * rules: province staff count the requests their provinces decide, national staff and admins all.
 * Producers get undefined (their dashboard shows their own requests instead).
 */
import type { Payload, TypedUser } from 'payload'
import { isStaff } from '../access/roles'

export const WAITING_EXHIBITOR_REQUESTS_PATH = '/collections/exhibitor-requests?where[status][equals]=waiting'

export async function countWaitingExhibitorRequests(payload: Payload, user: TypedUser | null | undefined): Promise<number | undefined> {
  const staff = user ? ({ ...user, collection: 'users' } as TypedUser) : undefined
  if (!staff || !isStaff(staff)) return undefined
  const { totalDocs } = await payload.count({ collection: 'exhibitor-requests', where: { status: { equals: 'waiting' } }, overrideAccess: false, user: staff })
  return totalDocs
}
