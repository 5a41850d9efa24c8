import type { CollectionAfterChangeHook } from 'payload'
import { loadEnv } from '../../../../src/config/env'
import { decisionMail } from '../../../../src/programmes/decision-mail'
import { programmeNow } from '../../../../src/programmes/clock'
import { idOf } from '../../../access/roles'

/**
 * When staff accept or decline, the producer is told by mail, and accepted support joins the
 * producer's record (year, kind, amount, counterpart funds, programme). Mail failing does not undo
 * the decision: notifiedAt stays empty, which staff see.
 */
export const recordDecision: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context?.seeding) return doc
  if ((doc.status !== 'accepted' && doc.status !== 'declined') || previousDoc?.status === doc.status) return doc
  const call = await req.payload.findByID({ collection: 'calls', id: idOf(doc.call) as number, depth: 0, overrideAccess: true, locale: 'vi', req })
  const producerId = idOf(doc.producer) as number
  const producer = await req.payload.findByID({ collection: 'producers', id: producerId, depth: 0, overrideAccess: true, draft: true, req })
  if (doc.status === 'accepted') {
    const programme = await req.payload.findByID({
      collection: 'programmes',
      id: idOf(call.programme) as number,
      depth: 0,
      overrideAccess: true,
      locale: 'vi',
      req,
    })
    const entry = {
      year: call.year,
      what: call.title,
      kind: call.kind,
      amount: doc.decision?.amountGranted ?? undefined,
      counterpart: doc.counterpartFunds ?? undefined,
      programme: programme.name,
      public: doc.decision?.publicOnBrandPage ?? false,
      application: doc.id,
      // The centre granted it: nothing left to verify.
      verified: true,
    }
    const support = [...(producer.support ?? []).filter((s) => String(idOf(s.application)) !== String(doc.id)), entry]
    await req.payload.update({
      collection: 'producers',
      id: producerId,
      data: { support },
      overrideAccess: true,
      locale: 'vi',
      req,
      context: { fromApplication: true },
    })
  }
  const to = doc.applicant?.contactEmail || producer.contacts?.email
  if (!to) return doc
  try {
    const mail = decisionMail({
      status: doc.status,
      legalName: producer.legalName,
      callTitle: call.title,
      reason: doc.decision?.reason,
      amountGranted: doc.decision?.amountGranted,
      adminUrl: `${loadEnv().CMS_URL}/admin/collections/applications/${doc.id}`,
    })
    await req.payload.sendEmail({ to, subject: mail.subject, text: mail.text })
    await req.payload.update({
      collection: 'applications',
      id: doc.id,
      data: { notifiedAt: programmeNow().toISOString() },
      overrideAccess: true,
      req,
      context: { seeding: true },
    })
  } catch (error) {
    req.payload.logger.error({ err: error, application: doc.id }, 'decision mail not sent')
  }
  return doc
}
