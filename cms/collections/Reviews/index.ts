/**
 * Reviews of producers' changes. A producer saves its brand page or a product as a draft (Payload
 * versions) and submits it: a review is created holding what changed against the published
 * version. Staff of the producer's province approve it (the draft is published) or send it back
 * with a comment; the producer is told by mail and on its dashboard, and the audit trail keeps
 * each step.
 *
 * A collection rather than a view over drafts: a draft says nothing about being ready, who asked,
 * who decided, why it was sent back or which province's staff must act; Payload's version rows
 * cannot carry those nor be scoped and listed as work to do. The draft stays Payload's own: the
 * review points at it and publishing goes through Payload's public API (`_status: 'published'`).
 */
import type { Access, CollectionConfig } from 'payload'
import { adminOnly, staffField, staffInScope, staffOrOwner } from '../../access/policies'
import { producerOf, userOf } from '../../access/roles'
import { DAY_AND_TIME } from '../../fields/dates'
import { applyDecision } from './hooks/applyDecision'
import { prepareSubmission } from './hooks/prepareSubmission'
import { stampDecision } from './hooks/stampDecision'
import { collectionLabels } from '../../admin/collection-labels'

export const REVIEW_STATUSES = [
  { value: 'pending', label: { vi: 'Chờ duyệt', en: 'Waiting for review' } },
  { value: 'live', label: { vi: 'Đã đăng, chờ xem lại', en: 'Live, to be reviewed' } },
  { value: 'approved', label: { vi: 'Đã duyệt', en: 'Approved' } },
  { value: 'sent-back', label: { vi: 'Trả lại để sửa', en: 'Sent back' } },
] as const

export type ReviewStatus = (typeof REVIEW_STATUSES)[number]['value']

/** Only a producer submits, and only for itself (prepareSubmission checks the document is its own). */
const producerSubmits: Access = ({ req }) => producerOf(userOf(req)) !== undefined
const nobodyWrites = () => false

export const Reviews: CollectionConfig = {
  slug: 'reviews',
  labels: collectionLabels({ vi: 'Duyệt thay đổi', en: 'Review' }, { vi: 'Duyệt thay đổi', en: 'Reviews' }),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'producer', 'status', 'createdAt'],
    group: { vi: 'Trưng bày', en: 'Showroom' },
    description: {
      vi: 'Thay đổi cơ sở sản xuất gửi lên: xem khác biệt, duyệt để đăng, hoặc trả lại kèm ý kiến.',
      en: "Producers' submitted changes: see what changed, approve to publish, or send back with a comment.",
    },
  },
  defaultSort: '-createdAt',
  access: { read: staffOrOwner('producer'), create: producerSubmits, update: staffInScope(), delete: adminOnly },
  hooks: { beforeChange: [prepareSubmission, stampDecision], afterChange: [applyDecision] },
  fields: [
    { name: 'title', type: 'text', label: { vi: 'Nội dung', en: 'Subject' }, admin: { readOnly: true } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { vi: 'Loại', en: 'Kind' },
      options: [
        { value: 'producers', label: { vi: 'Trang thương hiệu, hồ sơ bao bì', en: 'Brand page, packaging profile' } },
        { value: 'products', label: { vi: 'Sản phẩm', en: 'Product' } },
      ],
      access: { update: nobodyWrites },
    },
    {
      name: 'product',
      type: 'relationship',
      relationTo: 'products',
      label: { vi: 'Sản phẩm', en: 'Product' },
      access: { update: nobodyWrites },
      admin: { condition: (data) => data?.kind === 'products' },
    },
    {
      name: 'producer',
      type: 'relationship',
      relationTo: 'producers',
      index: true,
      label: { vi: 'Cơ sở sản xuất', en: 'Producer' },
      access: { update: nobodyWrites },
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      // Not `required`: the hook sets it on submit, so a submission need not send it.
      defaultValue: 'pending',
      index: true,
      options: [...REVIEW_STATUSES],
      label: { vi: 'Quyết định', en: 'Decision' },
      access: { create: nobodyWrites, update: staffField },
      admin: {
        position: 'sidebar',
        description: { vi: 'Chọn “Đã duyệt” rồi Lưu để đăng thay đổi.', en: 'Choose “Approved” and save to publish the change.' },
      },
    },
    {
      name: 'comment',
      type: 'textarea',
      label: { vi: 'Ý kiến của trung tâm', en: "The centre's comment" },
      access: { create: nobodyWrites, update: staffField },
      admin: {
        position: 'sidebar',
        description: { vi: 'Bắt buộc khi trả lại; cơ sở nhận được ý kiến này.', en: 'Required to send back; the producer receives it.' },
      },
    },
    {
      name: 'changes',
      type: 'json',
      label: { vi: 'Thay đổi', en: 'Changes' },
      access: { create: nobodyWrites, update: nobodyWrites },
      admin: { components: { Field: '/components/ReviewDiff#ReviewDiff' } },
    },
    {
      name: 'claims',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Có thay đổi chứng nhận / hỗ trợ khuyến công', en: 'Changes certifications or support received' },
      access: { create: nobodyWrites, update: nobodyWrites },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'draftVersion', type: 'text', access: { create: nobodyWrites, update: nobodyWrites }, admin: { hidden: true } },
    {
      name: 'province',
      type: 'relationship',
      relationTo: 'provinces',
      index: true,
      label: { vi: 'Tỉnh/thành', en: 'Province' },
      access: { create: nobodyWrites, update: nobodyWrites },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người gửi', en: 'Submitted by' },
      access: { create: nobodyWrites, update: nobodyWrites },
      admin: { readOnly: true, position: 'sidebar', components: { Field: '/components/ReviewPerson#ReviewPerson' } },
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người quyết định', en: 'Decided by' },
      access: { create: nobodyWrites, update: nobodyWrites },
      admin: { readOnly: true, position: 'sidebar', components: { Field: '/components/ReviewPerson#ReviewPerson' } },
    },
    {
      name: 'decidedAt',
      type: 'date',
      label: { vi: 'Ngày quyết định', en: 'Decided on' },
      access: { create: nobodyWrites, update: nobodyWrites },
      admin: { readOnly: true, position: 'sidebar', date: DAY_AND_TIME },
    },
  ],
  timestamps: true,
}
