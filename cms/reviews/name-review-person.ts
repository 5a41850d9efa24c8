/**
 * Who submitted or decided a review, in words the viewer may read. Accounts are private (only
 * admins and the account itself read them), so the account's name or e-mail is shown only when
 * the viewer's own access allows it; otherwise the submitter is named by its producer's brand
 * (which staff in scope and the producer itself read anyway) and the decider as "centre staff".
 */
import type { PayloadRequest } from 'payload'
import { idOf, type Ref } from '../access/roles'

export type ReviewPersonRole = 'submittedBy' | 'decidedBy'

export async function nameReviewPerson(req: PayloadRequest, role: ReviewPersonRole, userId: Ref, producerId: Ref): Promise<{ vi: string; en: string } | null> {
  const id = idOf(userId)
  if (id === undefined) return null
  const account = await req.payload
    .find({ collection: 'users', where: { id: { equals: id } }, depth: 0, limit: 1, overrideAccess: false, user: req.user, req })
    .then((r) => r.docs[0])
  if (account) {
    const who = account.name ? `${account.name} (${account.email})` : account.email
    return { vi: who, en: who }
  }
  if (role === 'decidedBy') return { vi: 'Cán bộ trung tâm', en: 'Centre staff' }
  const producer = idOf(producerId)
  const brand =
    producer === undefined
      ? undefined
      : await req.payload
          .find({ collection: 'producers', where: { id: { equals: producer } }, depth: 0, limit: 1, draft: true, overrideAccess: false, user: req.user, req })
          .then((r) => r.docs[0]?.brandName)
  return brand ? { vi: `Tài khoản của ${brand}`, en: `${brand}'s account` } : { vi: 'Tài khoản cơ sở sản xuất', en: 'A producer account' }
}
