import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The account made on the admin's "create first user" screen must be able to run the site. A
 * producer account (one linked to a producer) is never promoted, whatever order a script uses.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, req, operation }) => {
  if (operation !== 'create' || data.producer) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) data.role = 'admin'
  return data
}
