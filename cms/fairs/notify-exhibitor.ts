/**
 * Tells the producer the centre's answer by mail: to its accounts, or to its contact e-mail when it
 * has none. Mail failing does not undo the decision: notifiedAt stays empty, and the producer's
 * dashboard shows the answer all the same.
 */
import type { PayloadRequest } from 'payload'
import { loadEnv } from '../../src/config/env'
import { exhibitorMail } from '../../src/fairs/exhibitor-mail'

type Decided = {
  id: number | string
  status: 'accepted' | 'declined'
  producer: number | string
  fairName: string
  booth?: string | null
  reason?: string | null
}

export async function notifyExhibitor(req: PayloadRequest, request: Decided): Promise<boolean> {
  try {
    const [producer, accounts] = await Promise.all([
      req.payload.findByID({ collection: 'producers', id: request.producer, depth: 0, draft: true, overrideAccess: true, req }),
      req.payload.find({ collection: 'users', where: { producer: { equals: request.producer } }, depth: 0, limit: 20, overrideAccess: true, req }),
    ])
    const to = accounts.docs.map((u) => u.email).filter(Boolean)
    if (to.length === 0 && producer.contacts?.email) to.push(producer.contacts.email)
    if (to.length === 0) return false
    const mail = exhibitorMail({
      status: request.status,
      brandName: producer.brandName,
      fairName: request.fairName,
      booth: request.booth,
      reason: request.reason,
      adminUrl: `${loadEnv().CMS_URL}/admin/collections/exhibitor-requests/${request.id}`,
    })
    await req.payload.sendEmail({ to: to.join(', '), subject: mail.subject, text: mail.text })
    return true
  } catch (error) {
    req.payload.logger.error({ err: error, exhibitorRequest: request.id }, 'exhibitor decision mail not sent')
    return false
  }
}
