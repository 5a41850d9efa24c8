import type { CollectionBeforeChangeHook } from 'payload'

/** Records when the centre verified a producer, and forgets it when the flag is cleared. */
export const stampVerification: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data.verified && !originalDoc?.verified) data.verifiedAt = new Date().toISOString()
  if (data.verified === false) data.verifiedAt = null
  return data
}
