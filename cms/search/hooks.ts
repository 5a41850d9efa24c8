/**
 * The hooks that keep search in step with the CMS. Each queues a `syncSearch` job with `req`, so
 * the job commits (or rolls back) with the change itself: a save never waits for the search engine
 * and never fails because of it, and no committed change goes without its job. The job reads the
 * published version when it runs; a hook only says what changed.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { ENQUIRY_SEARCH_QUEUE, SEARCH_QUEUE } from '../../src/config/job-queues'
import { refId } from './assembleCmsDocs'
import { skipSearchSync } from './skipSearchSync'
import type { SyncTarget, SyncTargetKind } from './syncSearchTarget'
import { SYNC_SEARCH_TASK } from './taskSlugs'

export async function queueSearchSync(req: PayloadRequest, target: SyncTarget): Promise<void> {
  await req.payload.jobs.queue({
    task: SYNC_SEARCH_TASK,
    input: { kind: target.kind, id: target.id },
    queue: target.kind === 'enquiry' ? ENQUIRY_SEARCH_QUEUE : SEARCH_QUEUE,
    req,
  })
}

/** After a save or a delete of a document that is itself indexed (or feeds others, for reference data). */
export function syncAfterChange(kind: SyncTargetKind): CollectionAfterChangeHook {
  return async ({ doc, req, context }) => {
    if (!skipSearchSync(context)) await queueSearchSync(req, { kind, id: String(doc.id) })
    return doc
  }
}

export function syncAfterDelete(kind: SyncTargetKind): CollectionAfterDeleteHook {
  return async ({ doc, id, req, context }) => {
    if (!skipSearchSync(context)) await queueSearchSync(req, { kind, id: String(id ?? doc?.id) })
    return doc
  }
}

/** An award changes its product's facets (level, year): sync the product, and the former one if it moved. */
export const syncAwardProductAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (skipSearchSync(context)) return doc
  const products = new Set([refId(doc.product), refId(previousDoc?.product)].filter((id): id is string => Boolean(id)))
  for (const id of products) await queueSearchSync(req, { kind: 'product', id })
  return doc
}

export const syncAwardProductAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  const product = refId(doc?.product)
  if (!skipSearchSync(context) && product) await queueSearchSync(req, { kind: 'product', id: product })
  return doc
}
