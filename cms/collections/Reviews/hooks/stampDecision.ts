import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../../access/roles'
import { AlreadyDecided, CommentRequired } from '../../../reviews/review-refusals'

const OPEN = new Set(['pending', 'live'])

/** A decision is taken once, on an open review; sending back needs a comment. Who and when are kept. */
export const stampDecision: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !data.status || data.status === originalDoc?.status) return data
  if (!OPEN.has(String(originalDoc?.status)) || OPEN.has(String(data.status))) throw new AlreadyDecided()
  const comment = data.comment ?? originalDoc?.comment
  if (data.status === 'sent-back' && !String(comment ?? '').trim()) throw new CommentRequired()
  return { ...data, decidedBy: idOf(req.user) ?? null, decidedAt: new Date().toISOString() }
}
