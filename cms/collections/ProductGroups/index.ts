/**
 * The four product groups of the selection rules (Circular 26/2014/TT-BCT as amended), with
 * optional sub-groups through `parent`.
 */
import type { CollectionConfig } from 'payload'
import { adminOnly, anyone } from '../../access/policies'
import { slugField } from '../../fields/slug'
import { collectionLabels } from '../../admin/collection-labels'

export const ProductGroups: CollectionConfig = {
  slug: 'product-groups',
  labels: collectionLabels({ vi: 'Nhóm sản phẩm', en: 'Product group' }, { vi: 'Nhóm sản phẩm', en: 'Product groups' }),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'parent'], group: { vi: 'Danh mục', en: 'Reference' } },
  defaultSort: 'order',
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên', en: 'Name' } },
    slugField('name'),
    { name: 'code', type: 'text', label: { vi: 'Mã', en: 'Code' }, admin: { description: { vi: 'Ví dụ 1, 2.1', en: 'For example 1, 2.1' } } },
    { name: 'parent', type: 'relationship', relationTo: 'product-groups', label: { vi: 'Thuộc nhóm', en: 'Parent group' } },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' }, label: { vi: 'Thứ tự hiển thị', en: 'Display order' } },
  ],
}
