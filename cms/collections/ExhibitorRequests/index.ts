/**
 * A producer asks to be listed as an exhibitor at an upcoming fair; centre staff accept (with a
 * booth) or decline (with a reason). The producer is told by mail and on its dashboard, an accepted
 * request adds the producer to the fair's exhibitors, and the audit trail keeps each decision.
 *
 * The request belongs to the province whose centre decides: the fair's, or, for a fair abroad or
 * with no province, the producer's own (the centre that sends its producers there).
 */
import type { Access, CollectionConfig } from 'payload'
import type { ExhibitorRequest } from '../../payload-types'
import { adminOnly, staffField, staffOrOwner } from '../../access/policies'
import { keepInProvinceScope } from '../../access/province-scope'
import { isStaff, producerOf, userOf } from '../../access/roles'
import { staffFilledField } from '../../admin/producer-view'
import { DAY_AND_TIME } from '../../fields/dates'
import { EXHIBITOR_REQUEST_STATUSES } from '../../../src/fairs/exhibitor-request-status'
import { applyExhibitorDecision } from './hooks/applyExhibitorDecision'
import { prepareExhibitorRequest } from './hooks/prepareExhibitorRequest'
import { stampExhibitorDecision } from './hooks/stampExhibitorDecision'
import { upcomingPublishedFairs } from './upcoming-fairs'
import { collectionLabels } from '../../admin/collection-labels'

/** Producers ask for themselves (the hook pins the producer); staff may enter a request on paper. */
const producerOrStaff: Access = ({ req }) => producerOf(userOf(req)) !== undefined || isStaff(userOf(req))
const nobodyWrites = () => false

const STATUS_LABELS = {
  waiting: { vi: 'Chờ trung tâm xét', en: 'Waiting for the centre' },
  accepted: { vi: 'Đã nhận tham gia', en: 'Accepted' },
  declined: { vi: 'Không nhận', en: 'Declined' },
}

const REQUEST_VI = 'Đăng ký tham gia hội chợ'

export const ExhibitorRequests: CollectionConfig = {
  slug: 'exhibitor-requests',
  labels: collectionLabels({ vi: REQUEST_VI, en: 'Request to exhibit' }, { vi: REQUEST_VI, en: 'Requests to exhibit' }),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'fair', 'producer', 'status', 'createdAt'],
    group: { vi: 'Trưng bày', en: 'Showroom' },
    description: {
      vi: 'Cơ sở đăng ký tham gia hội chợ sắp diễn ra; trung tâm nhận (ghi số gian hàng) hoặc không nhận (ghi lý do).',
      en: 'Producers ask to exhibit at an upcoming fair; the centre accepts (with a booth number) or declines (with a reason).',
    },
  },
  defaultSort: '-createdAt',
  access: { read: staffOrOwner('producer'), create: producerOrStaff, update: staffOrOwner('producer'), delete: adminOnly },
  hooks: {
    beforeChange: [prepareExhibitorRequest, stampExhibitorDecision, keepInProvinceScope<ExhibitorRequest>((doc) => [doc.province])],
    afterChange: [applyExhibitorDecision],
  },
  fields: [
    staffFilledField({
      name: 'title',
      type: 'text',
      label: { vi: 'Đăng ký', en: 'Request' },
      access: { create: nobodyWrites, update: nobodyWrites },
      admin: { readOnly: true },
    }),
    {
      name: 'fair',
      type: 'relationship',
      relationTo: 'fairs',
      required: true,
      index: true,
      label: { vi: 'Hội chợ', en: 'Fair' },
      access: { update: nobodyWrites },
      // The seed dates its fairs from its own clock; everyone else picks among today's upcoming fairs.
      filterOptions: ({ req }) => (req.context?.seeding ? true : upcomingPublishedFairs(new Date())),
      admin: { description: { vi: 'Hội chợ đã công bố, chưa khai mạc.', en: 'A published fair that has not started yet.' } },
    },
    staffFilledField({
      name: 'producer',
      type: 'relationship',
      relationTo: 'producers',
      index: true,
      label: { vi: 'Cơ sở sản xuất', en: 'Producer' },
      access: { update: nobodyWrites },
      admin: { description: { vi: 'Tự điền theo tài khoản cơ sở.', en: 'Filled in from the producer account.' } },
    }),
    {
      name: 'products',
      type: 'relationship',
      relationTo: 'products',
      hasMany: true,
      label: { vi: 'Sản phẩm muốn trưng bày', en: 'Products to show' },
      // The asking producer's own: from the form, or (a producer's new request) from its account.
      filterOptions: ({ data, req }) => {
        const producer = data?.producer ?? producerOf(userOf(req))
        return producer ? { producer: { equals: producer } } : true
      },
    },
    { name: 'message', type: 'textarea', label: { vi: 'Lời nhắn cho trung tâm', en: 'Message to the centre' } },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'waiting',
      index: true,
      options: EXHIBITOR_REQUEST_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      label: { vi: 'Quyết định', en: 'Decision' },
      access: { create: nobodyWrites, update: staffField },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Chọn “Đã nhận tham gia” hoặc “Không nhận” rồi Lưu.',
          en: 'Choose “Accepted” or “Declined” and save.',
        },
      },
    },
    staffFilledField({
      name: 'booth',
      type: 'text',
      label: { vi: 'Gian hàng số', en: 'Booth' },
      access: { create: staffField, update: staffField },
      admin: { position: 'sidebar', description: { vi: 'Hiện trên trang hội chợ khi nhận.', en: 'Shown on the fair page once accepted.' } },
    }),
    staffFilledField({
      name: 'reason',
      type: 'textarea',
      label: { vi: 'Lý do không nhận', en: 'Reason for declining' },
      access: { create: staffField, update: staffField },
      admin: {
        position: 'sidebar',
        description: { vi: 'Bắt buộc khi không nhận; cơ sở nhận được lý do này.', en: 'Required to decline; the producer receives it.' },
      },
    }),
    staffFilledField({
      name: 'province',
      type: 'relationship',
      relationTo: 'provinces',
      index: true,
      label: { vi: 'Tỉnh/thành xét', en: 'Deciding province' },
      access: { create: nobodyWrites, update: nobodyWrites },
      admin: { readOnly: true, position: 'sidebar' },
    }),
    staffFilledField({
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người quyết định', en: 'Decided by' },
      access: { create: nobodyWrites, update: nobodyWrites },
      admin: { readOnly: true, position: 'sidebar' },
    }),
    staffFilledField({
      name: 'decidedAt',
      type: 'date',
      label: { vi: 'Quyết định lúc', en: 'Decided at' },
      access: { create: nobodyWrites, update: nobodyWrites },
      admin: { readOnly: true, position: 'sidebar', date: DAY_AND_TIME },
    }),
    staffFilledField({
      name: 'notifiedAt',
      type: 'date',
      label: { vi: 'Đã báo cơ sở lúc', en: 'Producer told at' },
      access: { create: nobodyWrites, update: nobodyWrites },
      admin: { readOnly: true, position: 'sidebar', date: DAY_AND_TIME },
    }),
  ],
}
