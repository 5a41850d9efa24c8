/**
 * Access policies shared by the collections. Each returns a boolean or a Where query:
 * a Where makes Payload filter rows, which is how a producer sees only its own documents and
 * province-scoped staff only their provinces.
 */
import type { Access, FieldAccess, Where } from 'payload'
import { idOf, isAdmin, isStaff, producerOf, provinceScopeOf, roleOf, userOf } from './roles'

const published: Where = { _status: { equals: 'published' } }

export const anyone: Access = () => true
export const nobody: Access = () => false
export const adminOnly: Access = ({ req }) => isAdmin(userOf(req))
export const staffOnly: Access = ({ req }) => isStaff(userOf(req))
export const signedIn: Access = ({ req }) => Boolean(roleOf(userOf(req)))

/**
 * Staff limited to provinces get a filter on `path` (and on every further path given, such as
 * an award's `product.province`: all must be in scope); admins and national staff see all.
 */
export const staffInScope =
  (path = 'province', ...morePaths: string[]): Access =>
  ({ req }) => {
    const user = userOf(req)
    if (!isStaff(user)) return false
    const scope = provinceScopeOf(user)
    if (!scope) return true
    const filters: Where[] = [path, ...morePaths].map((p) => ({ [p]: { in: scope } }))
    return filters.length === 1 ? filters[0]! : { and: filters }
  }

/**
 * Create rule for province-scoped staff: a Where cannot filter a document that does not exist
 * yet, so the province in the submitted data is checked instead.
 */
export const staffCreateInScope =
  (path = 'province'): Access =>
  ({ req, data }) => {
    const user = userOf(req)
    if (!isStaff(user)) return false
    const scope = provinceScopeOf(user)
    if (!scope) return true
    const target = idOf(data?.[path])
    return target !== undefined && scope.map(String).includes(String(target))
  }

/**
 * Read rule for documents with drafts: the public sees published versions only, staff see all.
 * A signed-in producer sees only its own documents (drafts included, matched on `ownerPath`): its
 * admin is its workspace, not a second copy of the showroom.
 */
export const publishedOrOwn =
  (ownerPath: string): Access =>
  ({ req }) => {
    const user = userOf(req)
    if (isStaff(user)) return true
    const producer = producerOf(user)
    if (producer !== undefined) return { [ownerPath]: { equals: producer } }
    return published
  }

/** Read rule for public documents that belong to a producer: everyone, but a producer only its own. */
export const publicOrOwn =
  (ownerPath: string): Access =>
  ({ req }) => {
    const producer = producerOf(userOf(req))
    return producer !== undefined ? { [ownerPath]: { equals: producer } } : true
  }

/** Staff in scope, or the producer that owns the document (matched on `ownerPath`). */
export const staffOrOwner =
  (ownerPath: string, provincePath = 'province'): Access =>
  (args) => {
    const producer = producerOf(userOf(args.req))
    if (producer !== undefined) return { [ownerPath]: { equals: producer } }
    return staffInScope(provincePath)(args)
  }

export const staffField: FieldAccess = ({ req }) => isStaff(userOf(req))
export const adminField: FieldAccess = ({ req }) => isAdmin(userOf(req))
