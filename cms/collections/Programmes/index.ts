/**
 * Industrial-extension (khuyến công) programmes: the national one (KCQG) and each province's own
 * (KCĐP), sometimes a multi-year pilot project. Calls for applications hang off a programme.
 */
import type { Access, CollectionConfig } from 'payload'
import { staffCreateInScope, staffInScope, staffOnly } from '../../access/policies'
import { isStaff, userOf } from '../../access/roles'
import { slugField } from '../../fields/slug'
import { updatedByField } from '../../fields/updatedBy'
import { collectionLabels } from '../../admin/collection-labels'

const publishedOrStaff: Access = ({ req }) => (isStaff(userOf(req)) ? true : { _status: { equals: 'published' } })

export const Programmes: CollectionConfig = {
  slug: 'programmes',
  labels: collectionLabels({ vi: 'Chương trình khuyến công', en: 'Programme' }, { vi: 'Chương trình khuyến công', en: 'Programmes' }),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'source', 'province', 'fromYear', 'toYear', '_status'],
    group: { vi: 'Khuyến công', en: 'Extension support' },
  },
  versions: { drafts: true, maxPerDoc: 20 },
  access: { read: publishedOrStaff, create: staffCreateInScope(), update: staffInScope(), delete: staffInScope(), readVersions: staffOnly },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên chương trình', en: 'Name' } },
    slugField('name'),
    {
      name: 'source',
      type: 'select',
      required: true,
      label: { vi: 'Nguồn kinh phí', en: 'Source of funds' },
      options: [
        { value: 'national', label: { vi: 'Khuyến công quốc gia', en: 'National programme' } },
        { value: 'local', label: { vi: 'Khuyến công địa phương', en: 'Provincial programme' } },
      ],
    },
    {
      name: 'province',
      type: 'relationship',
      relationTo: 'provinces',
      index: true,
      label: { vi: 'Tỉnh/thành (chương trình địa phương)', en: 'Province (provincial programme)' },
    },
    {
      type: 'row',
      fields: [
        { name: 'fromYear', type: 'number', required: true, min: 2000, max: 2100, label: { vi: 'Từ năm', en: 'From' } },
        { name: 'toYear', type: 'number', min: 2000, max: 2100, label: { vi: 'Đến năm', en: 'To' } },
      ],
    },
    { name: 'decision', type: 'text', label: { vi: 'Quyết định phê duyệt', en: 'Approving decision' } },
    { name: 'pilot', type: 'checkbox', defaultValue: false, label: { vi: 'Đề án khuyến công điểm', en: 'Pilot project (đề án điểm)' } },
    { name: 'summary', type: 'textarea', localized: true, label: { vi: 'Giới thiệu', en: 'About' } },
    updatedByField,
  ],
}
