import type { CollectionBeforeValidateHook } from 'payload'
import { producerOf, userOf } from '../../../access/roles'

/** A producer's new product belongs to that producer, whatever the form sent. */
export const assignOwnProducer: CollectionBeforeValidateHook = ({ data, req, operation }) => {
  const own = producerOf(userOf(req))
  if (operation === 'create' && own !== undefined && data) data.producer = own
  return data
}
