/**
 * Applications to a call. A producer creates, reads and updates only its own, as a draft until it
 * submits; staff of the applicant's province review them and accept or decline with a reason.
 * The applicant block is filled from what the showroom knows (hooks/prefillApplicant), so the
 * producer answers only the call's own questions and uploads the documents.
 */
import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { adminOnly, staffField, staffOrOwner } from '../../access/policies'
import { keepInProvinceScope } from '../../access/province-scope'
import { isStaff, producerOf, roleOf, userOf } from '../../access/roles'
import { staffFilledField } from '../../admin/producer-view'
import { DAY_AND_TIME } from '../../fields/dates'
import { APPLICATION_STATUSES } from '../../../src/programmes/kinds'
import { dossierEndpoint } from '../../programmes/dossier-endpoint'
import { reportEndpoint } from '../../programmes/report-endpoint'
import { startApplicationEndpoint } from '../../programmes/start-application-endpoint'
import { checkTransition } from './hooks/checkTransition'
import { prefillApplicant } from './hooks/prefillApplicant'
import { recordDecision } from './hooks/recordDecision'
import { collectionLabels } from '../../admin/collection-labels'
import { claimUnownedUploads, onlyOwnUploads } from '../Media/owned-uploads'

/** Producers apply for themselves (the hook pins the producer); staff may enter a paper application. */
const producerOrStaff: Access = ({ req }) => producerOf(userOf(req)) !== undefined || isStaff(userOf(req))
const never: FieldAccess = () => false

/**
 * A producer changes its own application only while it is a draft: once submitted it is the
 * centre's, and Payload then shows it to the producer read-only, without a Save button (the
 * server refused the change anyway, see checkTransition). Staff of its province still act on it.
 */
const staffOrOwnDraft: Access = (args) => {
  const own = producerOf(userOf(args.req))
  if (own !== undefined) return { and: [{ producer: { equals: own } }, { status: { equals: 'draft' } }] }
  return staffOrOwner('producer')(args)
}

const STATUS_LABELS = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  submitted: { vi: 'Đã nộp', en: 'Submitted' },
  accepted: { vi: 'Được hỗ trợ', en: 'Accepted' },
  declined: { vi: 'Không được hỗ trợ', en: 'Declined' },
}

export const Applications: CollectionConfig = {
  slug: 'applications',
  labels: collectionLabels({ vi: 'Hồ sơ đề nghị hỗ trợ', en: 'Application' }, { vi: 'Hồ sơ đề nghị hỗ trợ', en: 'Applications' }),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'call', 'producer', 'status', 'submittedAt'],
    group: { vi: 'Khuyến công', en: 'Extension support' },
  },
  defaultSort: '-updatedAt',
  endpoints: [startApplicationEndpoint, reportEndpoint, dossierEndpoint],
  access: { read: staffOrOwner('producer'), create: producerOrStaff, update: staffOrOwnDraft, delete: adminOnly },
  // No document locks: a producer that submits its application keeps it open, read-only, and its
  // lock then stood between the centre and the decision ("document locked" until it timed out).
  // Producer and centre take turns by the application's status, which is the guard that matters.
  lockDocuments: false,
  // Staff limited to provinces enter and change applications of their provinces' producers only.
  hooks: {
    beforeChange: [prefillApplicant, checkTransition, onlyOwnUploads('application-files'), keepInProvinceScope((doc) => [doc.province])],
    afterChange: [recordDecision, claimUnownedUploads((doc) => doc.producer as number, 'application-files')],
  },
  fields: [
    // What became of a submitted application, at the top of the producer's read-only form.
    {
      name: 'submittedNote',
      type: 'ui',
      admin: {
        components: { Field: '/components/ApplicationSubmittedNote#ApplicationSubmittedNote' },
        condition: (data, _siblingData, { user }) => roleOf(user) === 'producer' && Boolean(data?.status) && data.status !== 'draft',
      },
    },
    { name: 'title', type: 'text', admin: { readOnly: true }, access: { create: never, update: never }, label: { vi: 'Hồ sơ', en: 'Application' } },
    {
      name: 'call',
      type: 'relationship',
      relationTo: 'calls',
      required: true,
      index: true,
      access: { update: never },
      label: { vi: 'Thông báo', en: 'Call' },
    },
    {
      name: 'producer',
      type: 'relationship',
      relationTo: 'producers',
      index: true,
      access: { update: never },
      label: { vi: 'Cơ sở', en: 'Producer' },
      admin: { description: { vi: 'Tự điền theo tài khoản cơ sở.', en: 'Filled in from the producer account.' } },
    },
    // The applicant's province, copied by prefillApplicant: it decides which staff see the
    // application, so nobody sets it through the API (a producer could otherwise hand its
    // application to another province's staff).
    {
      name: 'province',
      type: 'relationship',
      relationTo: 'provinces',
      index: true,
      admin: { readOnly: true },
      access: { create: never, update: never },
      label: { vi: 'Tỉnh/thành', en: 'Province' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: APPLICATION_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      admin: { position: 'sidebar' },
      label: { vi: 'Trạng thái', en: 'Status' },
    },
    {
      name: 'applicant',
      type: 'group',
      label: { vi: 'Thông tin cơ sở (điền sẵn)', en: 'About the applicant (prefilled)' },
      fields: [
        { name: 'legalName', type: 'text', label: { vi: 'Tên cơ sở / doanh nghiệp', en: 'Legal name' } },
        { name: 'kind', type: 'text', label: { vi: 'Loại hình', en: 'Kind' } },
        { name: 'address', type: 'text', label: { vi: 'Địa chỉ', en: 'Address' } },
        { name: 'province', type: 'text', label: { vi: 'Tỉnh/thành', en: 'Province' } },
        { name: 'foundedYear', type: 'number', label: { vi: 'Năm thành lập', en: 'Founded' } },
        { name: 'products', type: 'textarea', label: { vi: 'Sản phẩm', en: 'Products' } },
        { name: 'awards', type: 'textarea', label: { vi: 'Sản phẩm tiêu biểu đã đạt', en: 'Awards held' } },
        { name: 'capacity', type: 'text', label: { vi: 'Năng lực sản xuất', en: 'Capacity' } },
        { name: 'earlierSupport', type: 'textarea', label: { vi: 'Hỗ trợ đã nhận', en: 'Earlier support' } },
        { name: 'contactPhone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
        { name: 'contactEmail', type: 'email', label: { vi: 'Email nhận thông báo', en: 'Email for notices' } },
      ],
    },
    {
      name: 'answers',
      type: 'array',
      label: { vi: 'Trả lời câu hỏi của thông báo', en: "Answers to the call's questions" },
      labels: { singular: { vi: 'Câu trả lời', en: 'Answer' }, plural: { vi: 'Câu trả lời', en: 'Answers' } },
      // Each row is titled by its question, not "Answer 01".
      admin: { components: { RowLabel: '/components/RowLabels#AnswerRowLabel' } },
      fields: [
        { name: 'question', type: 'text', required: true, label: { vi: 'Câu hỏi', en: 'Question' } },
        { name: 'answer', type: 'textarea', label: { vi: 'Trả lời', en: 'Answer' } },
      ],
    },
    { name: 'requestedAmount', type: 'number', min: 0, label: { vi: 'Kinh phí đề nghị (VNĐ)', en: 'Amount requested (VND)' } },
    { name: 'counterpartFunds', type: 'number', min: 0, label: { vi: 'Vốn đối ứng (VNĐ)', en: 'Counterpart funds (VND)' } },
    {
      name: 'documents',
      type: 'array',
      label: { vi: 'Hồ sơ đính kèm', en: 'Documents' },
      labels: { singular: { vi: 'Giấy tờ', en: 'Document' }, plural: { vi: 'Giấy tờ', en: 'Documents' } },
      admin: { components: { RowLabel: '/components/RowLabels#ApplicationDocumentRowLabel' } },
      fields: [
        { name: 'name', type: 'text', required: true, label: { vi: 'Giấy tờ', en: 'Document' } },
        {
          name: 'file',
          type: 'upload',
          relationTo: 'application-files',
          label: { vi: 'Tệp', en: 'File' },
          admin: { description: { vi: 'Chỉ cơ sở và cán bộ trung tâm xem được.', en: 'Only you and the centre staff can open it.' } },
        },
      ],
    },
    {
      name: 'decision',
      type: 'group',
      label: { vi: 'Kết quả xét duyệt', en: 'Decision' },
      access: { create: staffField, update: staffField },
      // Until staff decide, a producer would only see empty grey boxes (and a ticked box) here.
      admin: {
        condition: (_data, siblingData, { user }) =>
          roleOf(user) !== 'producer' || Boolean(siblingData?.decision?.reason || siblingData?.decision?.amountGranted),
      },
      fields: [
        { name: 'reason', type: 'textarea', label: { vi: 'Lý do', en: 'Reason' } },
        { name: 'amountGranted', type: 'number', min: 0, label: { vi: 'Kinh phí hỗ trợ (VNĐ)', en: 'Amount granted (VND)' } },
        { name: 'publicOnBrandPage', type: 'checkbox', defaultValue: true, label: { vi: 'Hiện trên trang thương hiệu', en: 'Show on the brand page' } },
      ],
    },
    // Dates the showroom fills as the application moves on: a producer sees each once it is set.
    staffFilledField({
      name: 'submittedAt',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, date: DAY_AND_TIME },
      access: { create: never, update: never },
      label: { vi: 'Nộp lúc', en: 'Submitted at' },
    }),
    staffFilledField({
      name: 'decidedAt',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, date: DAY_AND_TIME },
      access: { create: never, update: never },
      label: { vi: 'Xét lúc', en: 'Decided at' },
    }),
    staffFilledField({
      name: 'notifiedAt',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, date: DAY_AND_TIME },
      access: { create: never, update: never },
      label: { vi: 'Đã báo cơ sở lúc', en: 'Producer told at' },
    }),
  ],
}
