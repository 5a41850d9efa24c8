import type { CollectionBeforeChangeHook, Where } from 'payload'
import { idOf, producerOf, userOf } from '../../../access/roles'
import { readSubject } from '../../../reviews/read-subject'
import { reviewChanges, type ReviewChange } from '../../../reviews/review-changes'
import { AlreadyWaiting, KindRequired, NotYours, NothingChanged } from '../../../reviews/review-refusals'
import { REVIEWED_COLLECTIONS, type ReviewedCollection } from '../../../reviews/claim-fields'

/**
 * On submit: ties the review to the producer's own document, and records what the draft changes
 * against the published version, the province whose staff must act, who submitted and the
 * draft version to publish. A change published at once (review settings) arrives with its
 * changes already worked out, in `context.liveChanges`.
 */
export const prepareSubmission: CollectionBeforeChangeHook = async ({ data, operation, req, context }) => {
  if (operation !== 'create') return data
  const own = producerOf(userOf(req))
  const kind = data.kind as ReviewedCollection
  if (!REVIEWED_COLLECTIONS.includes(kind)) throw new KindRequired()
  const id = kind === 'products' ? idOf(data.product) : (own ?? idOf(data.producer))
  if (id === undefined) throw new NotYours()
  const { published, draft, latestVersion } = await readSubject(req, kind, id)
  const producer = kind === 'products' ? idOf(draft?.producer) : id
  if (!draft || (own !== undefined && String(producer) !== String(own))) throw new NotYours()
  const fields = req.payload.collections[kind].config.fields
  const changes = (context.liveChanges as ReviewChange[] | undefined) ?? reviewChanges(fields, published, draft)
  if (changes.length === 0) throw new NothingChanged()
  // The same draft sent twice (a second press) would wait twice in the centre's list.
  if (!context.liveChanges && latestVersion) {
    const subject: Where = kind === 'products' ? { product: { equals: id } } : { producer: { equals: id } }
    const waiting = await req.payload.count({
      collection: 'reviews',
      where: { and: [{ kind: { equals: kind } }, subject, { status: { equals: 'pending' } }, { draftVersion: { equals: latestVersion } }] },
      overrideAccess: true,
      req,
    })
    if (waiting.totalDocs > 0) throw new AlreadyWaiting()
  }
  const producerDoc =
    kind === 'producers' ? draft : await req.payload.findByID({ collection: 'producers', id: producer as number, depth: 0, overrideAccess: true, req })
  const name = (draft as { name?: Record<string, string>; brandName?: string }).name
  return {
    ...data,
    producer,
    product: kind === 'products' ? id : null,
    title: kind === 'products' ? (name?.vi ?? name?.en ?? `#${id}`) : String(draft.brandName),
    province: idOf(producerDoc.province) ?? null,
    changes,
    claims: changes.some((c) => c.claim),
    draftVersion: latestVersion ?? null,
    status: context.liveChanges ? 'live' : 'pending',
    submittedBy: idOf(req.user) ?? null,
  }
}
