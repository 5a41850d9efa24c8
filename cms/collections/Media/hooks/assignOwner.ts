import type { CollectionBeforeChangeHook } from 'payload'
import { producerOf, userOf } from '../../../access/roles'

/** A producer's upload belongs to that producer, so only it (and staff) can replace or delete it. */
export const assignOwner: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  const own = producerOf(userOf(req))
  if (own !== undefined && operation === 'create') data.owner = own
  else if (own !== undefined) delete data.owner
  return data
}
