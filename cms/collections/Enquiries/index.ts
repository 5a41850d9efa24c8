/**
 * Buyer enquiries: private. The public never reads them; a producer reads only those addressed to
 * it and may mark them answered or closed; staff see those of their provinces, mark spam, and
 * follow up or reassign what was escalated to them. Buyer-typed fields are never editable
 * afterwards, so what the buyer sent is what the producer reads; they are shown as text only.
 * Buyers' enquiries arrive through cms/enquiries/submit-enquiry.ts (the site's /api/enquiries).
 */
import type { CollectionConfig, FieldAccess } from 'payload'
import type { Enquiry } from '../../payload-types'
import { adminOnly, staffField, staffOnly, staffOrOwner } from '../../access/policies'
import { keepInProvinceScope } from '../../access/province-scope'
import { producerOf, userOf } from '../../access/roles'
import { validateEmail } from '../../fields/email'
import { DAY_AND_TIME as DATE_TIME } from '../../fields/dates'
import { prepareEnquiry, RESPONSE_WORKING_DAYS } from './hooks/prepareEnquiry'
import { queueFollowUp } from './hooks/queueFollowUp'
import { recordReply } from './hooks/recordReply'
import { answeredByPhoneEndpoint } from '../../enquiries/answered-by-phone-endpoint'
import { collectionLabels } from '../../admin/collection-labels'
import { ENQUIRY_STATUSES } from '../../../src/enquiries/statuses'

const PRODUCER_STATUSES = ['new', 'answered', 'closed']

const createOnly: FieldAccess = ({ req }) => Boolean(req.user)
const never: FieldAccess = () => false
const buyer = { create: createOnly, update: never }
const stampField = (name: string, label: { vi: string; en: string }) =>
  ({ name, type: 'date', admin: { position: 'sidebar', readOnly: true, date: DATE_TIME }, access: { create: never, update: never }, label }) as const

export const Enquiries: CollectionConfig = {
  slug: 'enquiries',
  labels: collectionLabels({ vi: 'Yêu cầu báo giá', en: 'Enquiry' }, { vi: 'Yêu cầu báo giá', en: 'Enquiries' }),
  admin: {
    useAsTitle: 'reference',
    // Status and deadline first: on a phone only the first columns fit on screen.
    defaultColumns: ['reference', 'status', 'dueAt', 'name', 'company', 'producer', 'createdAt'],
    group: { vi: 'Giao dịch', en: 'Trade' },
    listSearchableFields: ['reference', 'name', 'company', 'email'],
    components: { beforeList: ['/components/EnquiryStats#EnquiryStats'] },
  },
  defaultSort: '-createdAt',
  access: { read: staffOrOwner('producer'), create: staffOnly, update: staffOrOwner('producer'), delete: adminOnly },
  // The province checked is the one prepareEnquiry has just taken from the (new) producer.
  endpoints: [answeredByPhoneEndpoint],
  hooks: { beforeChange: [recordReply, prepareEnquiry, keepInProvinceScope<Enquiry>((doc) => [doc.province])], afterChange: [queueFollowUp] },
  fields: [
    {
      name: 'reference',
      type: 'text',
      unique: true,
      index: true,
      admin: { readOnly: true },
      access: { update: never },
      label: { vi: 'Mã tham chiếu', en: 'Reference' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      label: { vi: 'Trạng thái', en: 'Status' },
      admin: {
        position: 'sidebar',
        description: {
          vi:
            '"Đã trả lời" được ghi khi gửi trả lời bên dưới hoặc bấm "Tôi đã trả lời qua điện thoại/Zalo". ' +
            'Cơ sở có thể "Đã đóng"; trung tâm đánh dấu "Thư rác".',
          en: '"Answered" is recorded when you send the reply below or tap "I answered by phone/Zalo". Producers may close; centre staff mark spam.',
        },
      },
      options: [
        { value: 'new', label: { vi: 'Mới', en: 'New' } },
        { value: 'forwarded', label: { vi: 'Đã chuyển', en: 'Forwarded' } },
        { value: 'answered', label: { vi: 'Đã trả lời', en: 'Answered' } },
        { value: 'closed', label: { vi: 'Đã đóng', en: 'Closed' } },
        { value: 'spam', label: { vi: 'Thư rác', en: 'Spam' } },
      ],
      // A producer is offered only what it may choose; the rule itself is the validation below.
      filterOptions: ({ options, req, data }) =>
        producerOf(userOf(req)) === undefined
          ? options
          : options.filter((o) => {
              const value = typeof o === 'string' ? o : o.value
              return PRODUCER_STATUSES.includes(value) || value === data?.status
            }),
      validate: (value: unknown, { req }: { req: Parameters<FieldAccess>[0]['req'] }) => {
        if (!ENQUIRY_STATUSES.some((status) => status === value)) return 'Trạng thái không hợp lệ / unknown status'
        if (producerOf(userOf(req)) !== undefined && !PRODUCER_STATUSES.includes(String(value)))
          return 'Cơ sở chỉ có thể đánh dấu đã trả lời hoặc đã đóng / producers can mark answered or closed only'
        return true
      },
    },
    { name: 'product', type: 'relationship', relationTo: 'products', index: true, access: buyer, label: { vi: 'Sản phẩm', en: 'Product' } },
    {
      name: 'producer',
      type: 'relationship',
      relationTo: 'producers',
      index: true,
      access: { create: createOnly, update: staffField },
      label: { vi: 'Cơ sở', en: 'Producer' },
    },
    { name: 'province', type: 'relationship', relationTo: 'provinces', index: true, admin: { readOnly: true }, label: { vi: 'Tỉnh/thành', en: 'Province' } },
    { name: 'name', type: 'text', required: true, access: buyer, label: { vi: 'Họ tên', en: 'Name' } },
    { name: 'company', type: 'text', access: buyer, label: { vi: 'Công ty', en: 'Company' } },
    {
      name: 'buyerType',
      type: 'select',
      access: buyer,
      label: { vi: 'Loại người mua', en: 'Buyer type' },
      options: [
        { value: 'distributor', label: { vi: 'Nhà phân phối', en: 'Distributor' } },
        { value: 'supermarket', label: { vi: 'Siêu thị / chuỗi bán lẻ', en: 'Supermarket or retail chain' } },
        { value: 'importer', label: { vi: 'Nhà nhập khẩu', en: 'Importer' } },
        { value: 'wholesaler', label: { vi: 'Bán buôn', en: 'Wholesaler' } },
        { value: 'horeca', label: { vi: 'Nhà hàng, khách sạn', en: 'Hotel, restaurant, catering' } },
        { value: 'other', label: { vi: 'Khác', en: 'Other' } },
      ],
    },
    { name: 'country', type: 'text', access: buyer, label: { vi: 'Quốc gia', en: 'Country' } },
    { name: 'email', type: 'email', required: true, validate: validateEmail, access: buyer, label: { vi: 'Email', en: 'Email' } },
    { name: 'phone', type: 'text', access: buyer, label: { vi: 'Điện thoại / Zalo', en: 'Phone or Zalo' } },
    {
      name: 'contactLinks',
      type: 'ui',
      label: { vi: 'Liên hệ nhanh', en: 'Get in touch' },
      admin: { components: { Field: '/components/EnquiryContactLinks#EnquiryContactLinks' }, disableListColumn: true },
    },
    {
      name: 'reply',
      type: 'textarea',
      access: { create: never },
      label: { vi: 'Trả lời người mua', en: 'Reply to the buyer' },
      admin: {
        // Once sent it is shown as text by the sentReply field below, never as an editable box.
        condition: (data) => !data?.replyChannel,
        description: {
          vi: 'Bấm Lưu để gửi: người mua nhận qua email, trả lời lại sẽ tới địa chỉ email của cơ sở. Đã gửi thì không sửa được.',
          en: 'Save to send: the buyer gets it by e-mail, and their answer comes to your address. Once sent it cannot be changed.',
        },
      },
    },
    {
      name: 'replyChannel',
      type: 'select',
      access: { create: never },
      admin: { hidden: true },
      options: [
        { value: 'email', label: { vi: 'Email qua Tiêu Biểu', en: 'E-mail through Tiêu Biểu' } },
        { value: 'phone', label: { vi: 'Điện thoại / Zalo', en: 'Phone or Zalo' } },
      ],
      label: { vi: 'Trả lời qua', en: 'Answered by' },
    },
    {
      name: 'sentReply',
      type: 'ui',
      label: { vi: 'Đã trả lời', en: 'Answered' },
      admin: { components: { Field: '/components/EnquirySentReply#EnquirySentReply' }, disableListColumn: true },
    },
    { name: 'quantity', type: 'number', min: 0, access: buyer, label: { vi: 'Số lượng', en: 'Quantity' } },
    { name: 'unit', type: 'text', access: buyer, label: { vi: 'Đơn vị', en: 'Unit' } },
    { name: 'market', type: 'text', access: buyer, label: { vi: 'Thị trường đích', en: 'Destination market' } },
    { name: 'message', type: 'textarea', required: true, access: buyer, label: { vi: 'Nội dung', en: 'Message' } },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'vi',
      options: [
        { value: 'vi', label: { vi: 'Tiếng Việt', en: 'Vietnamese' } },
        { value: 'en', label: { vi: 'Tiếng Anh', en: 'English' } },
      ],
      access: buyer,
      label: { vi: 'Người mua viết bằng', en: 'Buyer wrote in' },
    },
    {
      name: 'consent',
      type: 'checkbox',
      required: true,
      access: buyer,
      label: { vi: 'Đồng ý chia sẻ thông tin với cơ sở', en: 'Consents to sharing with the producer' },
    },
    {
      name: 'dueAt',
      type: 'date',
      index: true,
      access: { update: staffField },
      admin: {
        position: 'sidebar',
        date: DATE_TIME,
        description: {
          vi: `Mặc định ${RESPONSE_WORKING_DAYS} ngày làm việc; trung tâm có thể đổi. Quá hạn chưa trả lời thì chuyển trung tâm.`,
          en: `${RESPONSE_WORKING_DAYS} working days by default; centre staff may change it. Unanswered by then, it goes to the centre.`,
        },
      },
      label: { vi: 'Hạn phản hồi', en: 'Respond by' },
    },
    { name: 'answeredAt', type: 'date', admin: { position: 'sidebar', readOnly: true, date: DATE_TIME }, label: { vi: 'Trả lời lúc', en: 'Answered at' } },
    {
      name: 'escalatedAt',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, date: DATE_TIME },
      access: { update: staffField },
      label: { vi: 'Chuyển trung tâm lúc', en: 'Escalated at' },
    },
    stampField('notifiedAt', { vi: 'Đã báo cơ sở lúc', en: 'Producer notified at' }),
    stampField('buyerCopiedAt', { vi: 'Đã gửi bản sao cho người mua lúc', en: 'Buyer copy sent at' }),
    stampField('replyMailedAt', { vi: 'Đã gửi trả lời cho người mua lúc', en: 'Reply e-mailed to the buyer at' }),
    stampField('indexedAt', { vi: 'Đã đưa vào tìm kiếm lúc', en: 'Indexed at' }),
    {
      name: 'staffNotes',
      type: 'textarea',
      access: { read: staffField, create: staffField, update: staffField },
      label: { vi: 'Ghi chú của trung tâm', en: 'Staff notes' },
    },
    { name: 'idempotencyKey', type: 'text', unique: true, index: true, admin: { hidden: true }, access: { read: staffField, update: never } },
  ],
}
