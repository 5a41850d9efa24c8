import type { Access } from 'payload'
import { idOf, isStaff, producerOf, provinceScopeOf, userOf } from '../../../access/roles'

/**
 * Producers create products for themselves only; province-scoped staff only for producers in
 * their provinces (looked up, since the form sends just the producer's id).
 */
export const canCreateProduct: Access = async ({ req, data }) => {
  const user = userOf(req)
  const own = producerOf(user)
  const target = idOf(data?.producer)
  if (own !== undefined) return target === undefined || String(target) === String(own)
  if (!isStaff(user)) return false
  const scope = provinceScopeOf(user)
  if (!scope) return true
  if (target === undefined) return false
  const producer = await req.payload.findByID({ collection: 'producers', id: target, depth: 0, draft: true, req })
  return scope.map(String).includes(String(idOf(producer?.province)))
}
