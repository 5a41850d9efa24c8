import type { CollectionBeforeValidateHook } from 'payload'
import { idOf } from '../../../access/roles'

/**
 * A call of a provincial programme belongs to that province (so scoped staff see and edit it)
 * unless staff chose one; a national call stays without one.
 */
export const fillProvinceFromProgramme: CollectionBeforeValidateHook = async ({ data, req }) => {
  if (!data || data.province || !data.programme) return data
  const programme = await req.payload.findByID({ collection: 'programmes', id: idOf(data.programme) as number, depth: 0, overrideAccess: true, req })
  if (programme?.province) data.province = idOf(programme.province)
  return data
}
