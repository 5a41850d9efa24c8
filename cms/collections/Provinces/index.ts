/**
 * The 34 provincial-level units in force since 1 July 2025. Each keeps the names of the former
 * provinces it absorbed, so a buyer who types "Bình Dương" still finds what is now in
 * Thành phố Hồ Chí Minh, and old awards can show the name they were given under.
 */
import type { CollectionConfig } from 'payload'
import { adminOnly, anyone } from '../../access/policies'
import { slugField } from '../../fields/slug'
import { collectionLabels } from '../../admin/collection-labels'

export const Provinces: CollectionConfig = {
  slug: 'provinces',
  labels: collectionLabels({ vi: 'Tỉnh/thành', en: 'Province' }, { vi: 'Tỉnh/thành', en: 'Provinces' }),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'region', 'formerNames'], group: { vi: 'Danh mục', en: 'Reference' } },
  defaultSort: 'name',
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { vi: 'Tên', en: 'Name' } },
    { name: 'nameEn', type: 'text', label: { vi: 'Tên tiếng Anh', en: 'English name' } },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'province',
      label: { vi: 'Loại', en: 'Kind' },
      options: [
        { value: 'province', label: { vi: 'Tỉnh', en: 'Province' } },
        { value: 'city', label: { vi: 'Thành phố trực thuộc trung ương', en: 'Centrally governed city' } },
      ],
    },
    {
      name: 'region',
      type: 'select',
      required: true,
      label: { vi: 'Khu vực', en: 'Region' },
      options: [
        { value: 'north', label: { vi: 'Miền Bắc', en: 'North' } },
        { value: 'centre', label: { vi: 'Miền Trung và Tây Nguyên', en: 'Centre and Central Highlands' } },
        { value: 'south', label: { vi: 'Miền Nam', en: 'South' } },
      ],
    },
    {
      name: 'formerNames',
      type: 'text',
      hasMany: true,
      label: { vi: 'Tỉnh cũ đã sáp nhập', en: 'Former provinces absorbed' },
      admin: { description: { vi: 'Tên các tỉnh trước 1/7/2025', en: 'Province names before 1 July 2025' } },
    },
  ],
}
