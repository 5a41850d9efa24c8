/**
 * A claim a producer makes about itself (a certificate, industrial-extension support received) is
 * shown to buyers as "not verified" until the centre has checked it against a document. Only staff
 * write these two fields: a producer's own word cannot make its claim look checked.
 */
import type { Field } from 'payload'
import { staffField } from '../access/policies'
import { staffFilledField } from '../admin/producer-view'

export const claimVerificationFields: Field[] = [
  {
    name: 'verified',
    type: 'checkbox',
    defaultValue: false,
    label: { vi: 'Trung tâm đã xác minh', en: 'Verified by the centre' },
    access: { create: staffField, update: staffField },
  },
  staffFilledField({
    name: 'evidence',
    type: 'upload',
    relationTo: 'media',
    label: { vi: 'Tài liệu làm căn cứ xác minh', en: 'Evidence checked' },
    access: { create: staffField, update: staffField },
    admin: { condition: (_, row) => Boolean(row?.verified) },
  }),
]
