/**
 * Calls for applications: one kind of support in one programme and year, what it offers, who may
 * apply, by when, and with which documents. The public and producers read published calls; staff
 * publish them, province-scoped staff only for their provinces.
 */
import type { Access, CollectionConfig } from 'payload'
import { staffCreateInScope, staffField, staffInScope, staffOnly } from '../../access/policies'
import { isStaff, userOf } from '../../access/roles'
import { DAY } from '../../fields/dates'
import { slugField } from '../../fields/slug'
import { updatedByField } from '../../fields/updatedBy'
import { AWARD_LEVELS, PRODUCER_KINDS, SUPPORT_KINDS } from '../../../src/programmes/kinds'
import { callsForMeEndpoint } from '../../programmes/calls-for-me-endpoint'
import { fillProvinceFromProgramme } from './hooks/fillProvinceFromProgramme'
import { queueAnnouncement } from './hooks/queueAnnouncement'
import { collectionLabels } from '../../admin/collection-labels'

const publishedOrStaff: Access = ({ req }) => (isStaff(userOf(req)) ? true : { _status: { equals: 'published' } })
const options = (list: readonly { value: string; vi: string; en: string }[]) => list.map(({ value, vi, en }) => ({ value, label: { vi, en } }))
const AWARD_LABELS: Record<string, { vi: string; en: string }> = {
  commune: { vi: 'Cấp xã', en: 'Commune' },
  district: { vi: 'Cấp huyện', en: 'District' },
  provincial: { vi: 'Cấp tỉnh', en: 'Provincial' },
  regional: { vi: 'Cấp khu vực', en: 'Regional' },
  national: { vi: 'Cấp quốc gia', en: 'National' },
}

export const Calls: CollectionConfig = {
  slug: 'calls',
  labels: collectionLabels({ vi: 'Thông báo hỗ trợ', en: 'Call' }, { vi: 'Thông báo hỗ trợ', en: 'Calls for applications' }),
  endpoints: [callsForMeEndpoint],
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'year', 'province', 'deadline', '_status'],
    group: { vi: 'Khuyến công', en: 'Extension support' },
  },
  defaultSort: 'deadline',
  versions: { drafts: true, maxPerDoc: 20 },
  access: { read: publishedOrStaff, create: staffCreateInScope(), update: staffInScope(), delete: staffInScope(), readVersions: staffOnly },
  hooks: { beforeValidate: [fillProvinceFromProgramme], afterChange: [queueAnnouncement] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Tiêu đề', en: 'Title' } },
    slugField('title'),
    { name: 'programme', type: 'relationship', relationTo: 'programmes', required: true, label: { vi: 'Chương trình', en: 'Programme' } },
    {
      name: 'province',
      type: 'relationship',
      relationTo: 'provinces',
      index: true,
      label: { vi: 'Tỉnh/thành phụ trách', en: 'Responsible province' },
      admin: { description: { vi: 'Trống với chương trình quốc gia.', en: 'Empty for the national programme.' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', required: true, min: 2000, max: 2100, label: { vi: 'Năm', en: 'Year' } },
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          options: options(SUPPORT_KINDS),
          label: { vi: 'Nội dung hỗ trợ', en: 'Kind of support' },
        },
      ],
    },
    { name: 'summary', type: 'textarea', localized: true, label: { vi: 'Tóm tắt', en: 'Summary' } },
    {
      name: 'offer',
      type: 'group',
      label: { vi: 'Mức hỗ trợ', en: 'What is offered' },
      fields: [
        {
          name: 'form',
          type: 'select',
          required: true,
          defaultValue: 'share',
          label: { vi: 'Hình thức', en: 'Form' },
          options: [
            { value: 'amount', label: { vi: 'Số tiền cố định', en: 'A fixed amount' } },
            { value: 'share', label: { vi: 'Tỷ lệ chi phí', en: 'A share of the cost' } },
            { value: 'booth', label: { vi: 'Miễn phí gian hàng', en: 'A paid booth' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'sharePercent', type: 'number', min: 1, max: 100, label: { vi: 'Tỷ lệ (%)', en: 'Share (%)' } },
            { name: 'maxAmount', type: 'number', min: 0, label: { vi: 'Tối đa (VNĐ)', en: 'Up to (VND)' } },
          ],
        },
        { name: 'covers', type: 'textarea', localized: true, label: { vi: 'Chi phí được hỗ trợ', en: 'What is covered' } },
        { name: 'counterpart', type: 'textarea', localized: true, label: { vi: 'Vốn đối ứng dự kiến', en: 'Counterpart funds expected' } },
      ],
    },
    {
      name: 'eligibility',
      type: 'group',
      label: { vi: 'Điều kiện', en: 'Eligibility' },
      admin: { description: { vi: 'Để trống là không giới hạn.', en: 'Leave empty for no limit.' } },
      fields: [
        { name: 'provinces', type: 'relationship', relationTo: 'provinces', hasMany: true, label: { vi: 'Tỉnh/thành', en: 'Provinces' } },
        { name: 'productGroups', type: 'relationship', relationTo: 'product-groups', hasMany: true, label: { vi: 'Nhóm sản phẩm', en: 'Product groups' } },
        {
          name: 'producerKinds',
          type: 'select',
          hasMany: true,
          options: options(PRODUCER_KINDS),
          label: { vi: 'Loại hình cơ sở', en: 'Kinds of establishment' },
        },
        {
          name: 'minYearsOperating',
          type: 'number',
          min: 0,
          max: 100,
          label: { vi: 'Số năm hoạt động tối thiểu', en: 'Minimum years in operation' },
        },
        {
          name: 'minAwardLevel',
          type: 'select',
          options: AWARD_LEVELS.map((value) => ({ value, label: AWARD_LABELS[value] })),
          label: { vi: 'Đã đạt sản phẩm tiêu biểu từ cấp', en: 'Holds an outstanding-product award of at least' },
        },
        {
          name: 'onceOnly',
          type: 'checkbox',
          defaultValue: false,
          label: { vi: 'Mỗi cơ sở chỉ được hỗ trợ một lần', en: 'Each establishment may be supported only once' },
        },
        { name: 'onceOnlyRule', type: 'text', localized: true, label: { vi: 'Căn cứ quy định của tỉnh', en: "The province's rule" } },
      ],
    },
    {
      type: 'row',
      fields: [
        // Typed and shown day first: the picker's default read 05/01/2027 as 1 May.
        { name: 'opensAt', type: 'date', admin: { date: DAY }, label: { vi: 'Mở nhận hồ sơ', en: 'Opens' } },
        { name: 'deadline', type: 'date', required: true, index: true, admin: { date: DAY }, label: { vi: 'Hạn nộp hồ sơ', en: 'Deadline' } },
      ],
    },
    {
      name: 'documents',
      type: 'array',
      label: { vi: 'Hồ sơ cần nộp', en: 'Documents asked for' },
      // Named, or the admin says "Thêm: Document" and "Document 01" to Vietnamese staff.
      labels: { singular: { vi: 'Giấy tờ', en: 'Document' }, plural: { vi: 'Giấy tờ', en: 'Documents' } },
      fields: [
        { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên giấy tờ', en: 'Document' } },
        { name: 'required', type: 'checkbox', defaultValue: true, label: { vi: 'Bắt buộc', en: 'Required' } },
        { name: 'template', type: 'upload', relationTo: 'media', label: { vi: 'Mẫu tải về', en: 'Template' } },
      ],
    },
    {
      name: 'questions',
      type: 'array',
      label: { vi: 'Câu hỏi riêng của thông báo', en: "The call's own questions" },
      labels: { singular: { vi: 'Câu hỏi', en: 'Question' }, plural: { vi: 'Câu hỏi', en: 'Questions' } },
      fields: [{ name: 'question', type: 'text', required: true, localized: true, label: { vi: 'Câu hỏi', en: 'Question' } }],
    },
    {
      name: 'contact',
      type: 'group',
      label: { vi: 'Liên hệ', en: 'Contact' },
      fields: [
        { name: 'office', type: 'text', localized: true, label: { vi: 'Đơn vị', en: 'Office' } },
        { name: 'person', type: 'text', label: { vi: 'Cán bộ phụ trách', en: 'Officer' } },
        { name: 'phone', type: 'text', label: { vi: 'Điện thoại / Zalo', en: 'Phone or Zalo' } },
        { name: 'email', type: 'email', label: { vi: 'Email', en: 'Email' } },
      ],
    },
    { name: 'fair', type: 'relationship', relationTo: 'fairs', label: { vi: 'Hội chợ', en: 'Fair' } },
    {
      name: 'announcedTo',
      type: 'relationship',
      relationTo: 'producers',
      hasMany: true,
      admin: { readOnly: true, position: 'sidebar', description: { vi: 'Đã gửi thư báo khi công bố.', en: 'Mailed when the call was published.' } },
      access: { read: staffField, create: () => false, update: () => false },
      label: { vi: 'Đã báo cho cơ sở', en: 'Producers told' },
    },
    updatedByField,
  ],
}
