/**
 * Each upload of a list: its preview (what each row would do) and, once confirmed, how far the
 * import got and what it did. Written only by the import endpoints (cms/imports/), read by the
 * person who imported and by staff. Keeping the preview here lets "confirm" carry out exactly the
 * rows that were shown, batch by batch, with progress, from the admin or the command line. The
 * planned rows themselves are in import-plans (cms/collections/ImportPlans says why).
 */
import type { Access, CollectionBeforeDeleteHook, CollectionConfig, Where } from 'payload'
import { nobody } from '../../access/policies'
import { idOf, isAdmin, isStaff, producerOf, provinceScopeOf, userOf } from '../../access/roles'
import { applyEndpoint, previewEndpoint } from '../../imports/import-endpoints'
import { collectionLabels } from '../../admin/collection-labels'

const readImports: Access = ({ req }) => {
  const user = userOf(req)
  const self = idOf(req.user)
  if (isAdmin(user) || (isStaff(user) && !provinceScopeOf(user))) return true
  if (isStaff(user)) return { createdBy: { equals: self } } as Where
  const producer = producerOf(user)
  return producer !== undefined ? ({ producer: { equals: producer } } as Where) : false
}

/** An import's plan goes before it: each plan document points at its import and needs one. */
const deletePlan: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'import-plans', where: { import: { equals: id } }, overrideAccess: true, req })
}

export const Imports: CollectionConfig = {
  slug: 'imports',
  labels: collectionLabels({ vi: 'Lượt nhập từ tệp', en: 'Import' }, { vi: 'Lượt nhập từ tệp', en: 'Imports' }),
  admin: {
    useAsTitle: 'fileName',
    defaultColumns: ['fileName', 'kind', 'status', 'createdBy', 'createdAt'],
    group: { vi: 'Hệ thống', en: 'System' },
  },
  defaultSort: '-createdAt',
  access: { read: readImports, create: nobody, update: nobody, delete: nobody },
  endpoints: [previewEndpoint, applyEndpoint],
  hooks: { beforeDelete: [deletePlan] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { vi: 'Loại', en: 'Kind' },
      options: [
        { value: 'awards', label: { vi: 'Danh sách giải thưởng', en: 'Award list' } },
        { value: 'products', label: { vi: 'Sản phẩm', en: 'Products' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'preview',
      index: true,
      label: { vi: 'Trạng thái', en: 'Status' },
      options: [
        { value: 'preview', label: { vi: 'Đã xem trước, chưa nhập', en: 'Previewed, not imported' } },
        { value: 'running', label: { vi: 'Đang nhập', en: 'Importing' } },
        { value: 'done', label: { vi: 'Đã nhập', en: 'Imported' } },
      ],
    },
    { name: 'fileName', type: 'text', required: true, label: { vi: 'Tệp', en: 'File' } },
    { name: 'format', type: 'text', label: { vi: 'Định dạng', en: 'Format' } },
    { name: 'createdBy', type: 'relationship', relationTo: 'users', index: true, label: { vi: 'Người nhập', en: 'Imported by' } },
    { name: 'producer', type: 'relationship', relationTo: 'producers', index: true, label: { vi: 'Cơ sở', en: 'Producer' } },
    {
      name: 'createMissingProducts',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Tạo sản phẩm nháp còn thiếu', en: 'Create missing products as drafts' },
    },
    { name: 'summary', type: 'json', label: { vi: 'Tóm tắt xem trước', en: 'Preview summary' } },
    { name: 'result', type: 'json', label: { vi: 'Kết quả', en: 'Result' } },
    { name: 'cursor', type: 'number', defaultValue: 0, label: { vi: 'Đã xử lý (dòng)', en: 'Rows processed' } },
    { name: 'total', type: 'number', defaultValue: 0, label: { vi: 'Tổng số dòng', en: 'Rows' } },
  ],
}
