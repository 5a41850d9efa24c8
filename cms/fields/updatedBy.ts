/**
 * Who saved this version. Payload 3.90 records when a version was made but not by whom, so the
 * document carries its last editor, and every version (a snapshot of the document) keeps the
 * author of that save; the version comparison shows it beside the other fields.
 */
import type { Field, FieldHook } from 'payload'
import { roleOf, userOf } from '../access/roles'
import { staffFilledField } from '../admin/producer-view'

const stampEditor: FieldHook = ({ req, value }) => {
  const user = req.user as { id?: number | string; collection?: string } | null
  return user?.collection === 'users' && user.id !== undefined ? user.id : (value ?? null)
}

export const updatedByField: Field = staffFilledField({
  name: 'updatedBy',
  type: 'relationship',
  relationTo: 'users',
  label: { vi: 'Người lưu gần nhất', en: 'Last saved by' },
  access: { read: ({ req }) => roleOf(userOf(req)) !== undefined, create: () => false, update: () => false },
  admin: { readOnly: true, position: 'sidebar' },
  hooks: { beforeChange: [stampEditor] },
})
