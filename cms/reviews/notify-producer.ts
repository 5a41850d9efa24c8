/**
 * Tells the producer the centre's decision by mail: to its accounts, or to its contact e-mail when
 * it has none. Mail failing does not undo the decision; the dashboard shows it all the same.
 */
import type { PayloadRequest } from 'payload'
import { loadEnv } from '../../src/config/env'
import { reviewMail } from '../../src/reviews/review-mail'

type Decided = { id: number | string; status: 'approved' | 'sent-back'; title?: string | null; comment?: string | null; producer: number | string }

export async function notifyProducer(req: PayloadRequest, review: Decided): Promise<void> {
  try {
    const [producer, accounts] = await Promise.all([
      req.payload.findByID({ collection: 'producers', id: review.producer, depth: 0, draft: true, overrideAccess: true, req }),
      req.payload.find({ collection: 'users', where: { producer: { equals: review.producer } }, depth: 0, limit: 20, overrideAccess: true, req }),
    ])
    const to = accounts.docs.map((u) => u.email).filter(Boolean)
    if (to.length === 0 && producer.contacts?.email) to.push(producer.contacts.email)
    if (to.length === 0) return
    const mail = reviewMail({
      decision: review.status,
      brandName: producer.brandName,
      title: review.title ?? producer.brandName,
      comment: review.comment,
      adminUrl: `${loadEnv().CMS_URL}/admin/collections/reviews/${review.id}`,
    })
    await req.payload.sendEmail({ to: to.join(', '), subject: mail.subject, text: mail.text })
  } catch (error) {
    req.payload.logger.error({ err: error, review: review.id }, 'review mail not sent')
  }
}
