/**
 * What a producer's admin leaves out: catalogues it can read but never change (provinces, product
 * groups) only crowd its dashboard and menu. Staff still see them.
 */
import type { CollectionConfig } from 'payload'
import { roleOf } from '../access/roles'

const READ_ONLY_FOR_PRODUCERS = new Set(['provinces', 'product-groups'])

export const hiddenFromProducers = (collection: CollectionConfig): CollectionConfig =>
  READ_ONLY_FOR_PRODUCERS.has(collection.slug)
    ? { ...collection, admin: { ...collection.admin, hidden: ({ user }) => roleOf(user) === 'producer' } }
    : collection
