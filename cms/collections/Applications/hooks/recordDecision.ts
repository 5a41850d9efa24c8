import { randomBytes } from 'node:crypto'
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { loadEnv } from '../../../../src/config/env'
import { decisionMail } from '../../../../src/programmes/decision-mail'
import { programmeNow } from '../../../../src/programmes/clock'
import { idOf, type Ref } from '../../../access/roles'

/**
 * When staff accept or decline, the producer is told by mail (at the address it gave for notices
 * and at its accounts), and accepted support joins the producer's record (year, kind, amount,
 * counterpart funds, programme). Mail failing does not undo the decision: notifiedAt stays empty,
 * which staff see.
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
    const others = <T extends { application?: Ref }>(rows: T[] | null | undefined) => (rows ?? []).filter((s) => String(idOf(s.application)) !== String(doc.id))
    // Payload writes a published save over the newest version: with a change of the producer's
    // still waiting for review, that would put the unreviewed text in the page and take the page
    // off the showroom. So the support joins the waiting draft (it stays waiting), and the page
    // the public sees gets the row alone.
    const waiting = producer._status === 'draft'
    await req.payload.update({
      collection: 'producers',
      id: producerId,
      data: { support: [...others(producer.support), entry] },
      ...(waiting ? { draft: true } : {}),
      overrideAccess: true,
      locale: 'vi',
      req,
      context: { fromApplication: true },
    })
    if (waiting) await addToPublishedPage(req, producerId, { ...entry, what: { vi: call.title } }, others)
  }
  // To the address given for notices and to the producer's accounts (the people who applied);
  // the page's contact e-mail only when there is neither. A producer whose page shows a phone
  // number alone was never told before.
  const accounts = await req.payload.find({ collection: 'users', where: { producer: { equals: producerId } }, depth: 0, limit: 20, overrideAccess: true, req })
  const addresses = [doc.applicant?.contactEmail, ...accounts.docs.map((u) => u.email)].filter((e): e is string => Boolean(e?.trim()))
  if (addresses.length === 0 && producer.contacts?.email) addresses.push(producer.contacts.email)
  const to = [...new Set(addresses.map((e) => e.trim().toLowerCase()))].join(', ')
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

/**
 * The support row into the published page only (its stored document, all languages kept), when
 * the producer has a draft waiting: nothing else of the page changes, the draft stays the newest.
 * A page never published has nothing to add to.
 */
async function addToPublishedPage(
  req: PayloadRequest,
  producerId: number,
  row: Record<string, unknown>,
  others: <T extends { application?: Ref }>(rows: T[] | null | undefined) => T[],
) {
  const published = await req.payload.findByID({
    collection: 'producers',
    id: producerId,
    depth: 0,
    draft: false,
    locale: 'all',
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (published?._status !== 'published') return
  // Array rows are keyed like Payload's own: 24 hex characters.
  const support = [...others(published.support), { ...row, id: randomBytes(12).toString('hex') }]
  await req.payload.db.updateOne({ collection: 'producers', id: producerId, data: { support }, req })
}
