import type { CollectionBeforeChangeHook } from 'payload'
import { idOf, isStaff, userOf } from '../../../access/roles'
import { alreadyDecided, reasonNeeded } from '../../../fairs/exhibitor-refusals'

/**
 * A request is decided once, from waiting; declining needs a reason (the producer reads it). Once
 * decided, nobody changes it: a new request is the way to ask again. Who decided and when are kept.
 */
export const stampExhibitorDecision: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  // The stamp of the mail sent after a decision (applyExhibitorDecision) is not a change of mind.
  if (operation !== 'update' || context?.exhibitorNotified) return data
  if (originalDoc?.status !== 'waiting') throw alreadyDecided()
  const to = data.status ?? originalDoc.status
  if (to === 'waiting') return data
  if (!isStaff(userOf(req))) throw alreadyDecided()
  if (to === 'declined' && !String(data.reason ?? originalDoc.reason ?? '').trim()) throw reasonNeeded()
  return { ...data, decidedBy: idOf(req.user) ?? null, decidedAt: new Date().toISOString() }
}
