import type { CollectionBeforeValidateHook } from 'payload'
import { isStaff, userOf } from '../access/roles'

/**
 * Restoring a version writes the version's data back, through field access: a producer's restore
 * loses the staff-only fields (its producer, its province, the verification), and Payload then
 * reports the required ones missing ("producer: required"). For anyone but staff those fields keep
 * the document's current values, so a producer can restore its own versions and can never use an
 * old version to change what only staff may change.
 */
export const keepStaffFieldsOnRestore =
  (names: readonly string[]): CollectionBeforeValidateHook =>
  ({ data, originalDoc, req, context }) => {
    if (!context.isRestoringVersion || !data || !originalDoc || isStaff(userOf(req))) return data
    for (const name of names) data[name] = originalDoc[name]
    return data
  }
