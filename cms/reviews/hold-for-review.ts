/**
 * A producer's save never publishes by itself: a change goes live when staff approve its review
 * (cms/collections/Reviews). A producer's publish is refused with a message saying what to do
 * instead, a new document is kept as a draft, and draft saves pass. Two exceptions:
 *
 * - restoring a version that was published: it was public before, so nothing new goes live;
 * - the review settings let a verified producer publish marketing content at once: the save
 *   passes when it changes no claim, and recordLiveChange opens a review afterwards.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { producerOf, userOf } from '../access/roles'
import type { ReviewedCollection } from './claim-fields'
import { readSubject } from './read-subject'
import { reviewChanges } from './review-changes'
import { HeldForReview } from './review-refusals'
import { touchesClaims } from './touches-claims'

type Before = { slug: string; id: unknown; published: Record<string, unknown> | null }
/**
 * The published document before a live change, kept per request for recordLiveChange: not in
 * `req.context`, which every Local API call made with `req` replaces by a copy.
 */
const before = new WeakMap<PayloadRequest, Before>()

async function mayPublishAtOnce(req: PayloadRequest, producer: number | string): Promise<boolean> {
  const settings = await req.payload.findGlobal({ slug: 'review-settings', depth: 0, overrideAccess: true, req })
  if (!settings.marketingLiveAtOnce) return false
  const doc = await req.payload.findByID({ collection: 'producers', id: producer, depth: 0, draft: false, overrideAccess: true, disableErrors: true, req })
  return doc?._status === 'published' && Boolean(doc.verified)
}

export const holdForReview: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req, collection, context }) => {
  const own = producerOf(userOf(req))
  // A save without `_status` keeps the document's: a never-published draft stays a draft.
  if (own === undefined || (data._status ?? originalDoc?._status) === 'draft') return data
  if (operation === 'create') return { ...data, _status: 'draft' }
  if (context.isRestoringVersion && data._status === 'published') return data
  if (touchesClaims(data, originalDoc) || !(await mayPublishAtOnce(req, own))) throw new HeldForReview()
  const slug = collection.slug as ReviewedCollection
  const { published } = await readSubject(req, slug, originalDoc?.id)
  before.set(req, { slug, id: originalDoc?.id, published: published ?? null })
  return data
}

/** After a change published at once: a review of it, status "live", for staff to look at afterwards. */
export const recordLiveChange: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  const was = before.get(req)
  if (!was || was.slug !== collection.slug || String(was.id) !== String(doc.id)) return doc
  before.delete(req)
  const slug = collection.slug as ReviewedCollection
  const { published } = await readSubject(req, slug, doc.id)
  const changes = reviewChanges(collection.fields, was.published ?? undefined, published ?? {})
  if (changes.length === 0) return doc
  await req.payload.create({
    collection: 'reviews',
    data: { kind: slug, status: 'live', ...(slug === 'products' ? { product: doc.id as number } : { producer: doc.id as number }) },
    overrideAccess: true,
    req,
    context: { liveChanges: changes },
  })
  return doc
}
