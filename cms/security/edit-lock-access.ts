/**
 * Access to Payload's edit locks (`payload-locked-documents`), which Payload opens to every
 * signed-in user: a producer could list staff's locks, lock another producer's product in the
 * admin's name, or release staff's locks. Now everyone may lock only in their own name and only
 * what they may edit; producers see and release only their own locks; staff see all (to take
 * over an abandoned edit). The rules return false rather than throw: the admin also evaluates
 * them to show permissions (GET /api/access, POST /access/:id), and a refusal is then Payload's 403.
 */
import type { Access, CollectionSlug, PayloadRequest, Where } from 'payload'
import { idOf, isStaff, userOf } from '../access/roles'

type Ref = { relationTo?: string; value?: number | string | { id: number | string } | null } | number | string | null | undefined

const userId = (req: PayloadRequest) => (req.user as { id?: number | string } | null)?.id
const refId = (ref: Ref) => idOf(ref && typeof ref === 'object' ? ref.value : ref)

/** Whether the user may update this document, by the collection's own update rule. */
async function mayEdit(req: PayloadRequest, ref: Ref): Promise<boolean> {
  const slug = ref && typeof ref === 'object' ? ref.relationTo : undefined
  const id = refId(ref)
  const collection = slug ? req.payload.collections[slug as CollectionSlug] : undefined
  if (!collection || id === undefined) return false
  const rule = collection.config.access.update
  // The generated types say number (SQLite); on MongoDB the same id is a string.
  const result = rule ? await rule({ req, id: id as number }) : false
  if (typeof result === 'boolean') return result
  const { totalDocs } = await req.payload.count({
    collection: slug as CollectionSlug,
    where: { and: [{ id: { equals: id } }, result] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

const ownLocks: Access = ({ req }) => {
  const id = userId(req)
  if (id === undefined) return false
  if (isStaff(userOf(req))) return true
  const own: Where[] = [{ 'user.value': { equals: id } }, { 'user.relationTo': { equals: 'users' } }]
  return { and: own }
}

const lockInOwnName: Access = async ({ req, data }) => {
  const id = userId(req)
  if (id === undefined) return false
  // Without data Payload is building the admin's permissions (where a throw is a server error): a
  // signed-in user may lock in principle; each real lock is judged below.
  if (data === undefined) return true
  const inOwnName = String(refId(data?.user)) === String(id)
  return inOwnName && (data?.globalSlug ? isStaff(userOf(req)) : await mayEdit(req, data?.document))
}

/** Updating keeps the lock in the user's own name (staff may take a lock over). */
const updateOwnLock: Access = (args) => {
  const { req, data } = args
  const id = userId(req)
  if (id !== undefined && data?.user !== undefined && String(refId(data.user)) !== String(id)) return false
  return ownLocks(args)
}

export const EDIT_LOCK_ACCESS = { read: ownLocks, create: lockInOwnName, update: updateOwnLock, delete: ownLocks }
