import type { FieldHook } from 'payload'
import { isStaff, producerOf, userOf } from '../../../access/roles'

type SupportRow = { application?: unknown; public?: boolean | null }

/**
 * Support granted through an application (amounts, counterpart funds) shows to the public only
 * when the producer agreed to it (`public`); staff and the producer itself see every row. Rows a
 * producer typed in by hand stay public, as they always were on the brand page.
 */
export const hideUnsharedSupport: FieldHook = ({ value, req, originalDoc, data }) => {
  if (!Array.isArray(value)) return value
  const user = userOf(req)
  const ownId = (originalDoc as { id?: unknown } | undefined)?.id ?? (data as { id?: unknown } | undefined)?.id
  if (isStaff(user) || (ownId !== undefined && String(producerOf(user)) === String(ownId))) return value
  return (value as SupportRow[]).filter((row) => !row.application || row.public === true)
}
