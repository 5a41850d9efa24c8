import { NotFound, type PayloadHandler, UnauthorizedError } from 'payload'

/**
 * DELETE /api/payload-preferences/:key in place of Payload's own, which asks the SQL adapter to
 * filter on the polymorphic `user` column it does not have on the main table ("no such column …
 * users_id": a 500 for every user). Finding the preference through the Local API joins it right;
 * a key never stored is a 404, and only the user's own preference is ever deleted.
 */
export const deleteOwnPreference: PayloadHandler = async (req) => {
  const user = req.user
  if (!user) throw new UnauthorizedError(req.t)
  const { docs } = await req.payload.find({
    collection: 'payload-preferences',
    where: { and: [{ key: { equals: req.routeParams?.key } }, { 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const preference = docs[0]
  if (!preference) throw new NotFound(req.t)
  await req.payload.delete({ collection: 'payload-preferences', id: preference.id, overrideAccess: true, req })
  return Response.json({ ...preference, message: req.t('general:deletedSuccessfully') })
}
