/**
 * Awards: the recognitions "sản phẩm CNNT tiêu biểu" at commune, provincial, regional and national
 * level. Curated by centre staff only. An award keeps the issuing body and the province as they
 * were named when it was given (documents issued before the 2025 merger stay valid), beside the
 * current provincial unit used for filters and staff scoping.
 */
import { DAY } from '../../fields/dates'
import type { CollectionConfig } from 'payload'
import type { Award } from '../../payload-types'
import { publicOrOwn, staffCreateInScope, staffInScope } from '../../access/policies'
import { keepInProvinceScope, provincesOfDocument } from '../../access/province-scope'
import { auditAwardChange, auditAwardDelete } from './hooks/auditAward'
import { copyProductOwner } from './hooks/copyProductOwner'
import { productNoticeField } from './product-notice'
import { collectionLabels } from '../../admin/collection-labels'
import { claimUnownedUploads, onlyOwnUploads } from '../Media/owned-uploads'

export const AWARD_LEVELS = ['commune', 'district', 'provincial', 'regional', 'national'] as const

export const Awards: CollectionConfig = {
  slug: 'awards',
  labels: collectionLabels({ vi: 'Giải thưởng', en: 'Award' }, { vi: 'Giải thưởng', en: 'Awards' }),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'level', 'year', 'decisionNumber', 'provinceNameAtAward'],
    group: { vi: 'Trưng bày', en: 'Showroom' },
    components: { beforeListTable: ['/imports/components/ImportLink#ImportLink'] },
  },
  defaultSort: '-year',
  // An award is in a province by its own province and by its product's: scoped staff need both.
  access: {
    read: publicOrOwn('producer'),
    create: staffCreateInScope(),
    update: staffInScope('province', 'product.province'),
    delete: staffInScope('province', 'product.province'),
  },
  hooks: {
    beforeChange: [
      onlyOwnUploads(),
      copyProductOwner,
      keepInProvinceScope<Award>(async (doc, req) => [doc.province, ...(await provincesOfDocument(req, 'products', doc.product))]),
    ],
    afterChange: [auditAwardChange, claimUnownedUploads((doc) => doc.producer as Award['producer'])],
    afterDelete: [auditAwardDelete],
  },
  fields: [
    // Built from the product's published name only (refreshAwardTitles), so it may be public.
    { name: 'title', type: 'text', admin: { hidden: true }, label: { vi: 'Tiêu đề', en: 'Title' } },
    { name: 'product', type: 'relationship', relationTo: 'products', required: true, index: true, label: { vi: 'Sản phẩm', en: 'Product' } },
    productNoticeField,
    { name: 'producer', type: 'relationship', relationTo: 'producers', index: true, admin: { readOnly: true }, label: { vi: 'Cơ sở', en: 'Producer' } },
    {
      name: 'level',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Cấp', en: 'Level' },
      options: [
        { value: 'commune', label: { vi: 'Cấp xã', en: 'Commune' } },
        { value: 'district', label: { vi: 'Cấp huyện (trước 7/2025)', en: 'District (before July 2025)' } },
        { value: 'provincial', label: { vi: 'Cấp tỉnh', en: 'Provincial' } },
        { value: 'regional', label: { vi: 'Cấp khu vực', en: 'Regional' } },
        { value: 'national', label: { vi: 'Cấp quốc gia', en: 'National' } },
      ],
    },
    {
      name: 'region',
      type: 'select',
      label: { vi: 'Khu vực', en: 'Region' },
      admin: { condition: (_, s) => s?.level === 'regional' },
      options: [
        { value: 'north', label: { vi: 'Miền Bắc', en: 'North' } },
        { value: 'centre', label: { vi: 'Miền Trung – Tây Nguyên', en: 'Centre and Central Highlands' } },
        { value: 'south', label: { vi: 'Miền Nam', en: 'South' } },
      ],
    },
    { name: 'year', type: 'number', required: true, index: true, min: 2000, max: 2100, label: { vi: 'Năm', en: 'Year' } },
    { name: 'round', type: 'text', label: { vi: 'Đợt bình chọn', en: 'Round' } },
    {
      name: 'awardingBody',
      type: 'text',
      required: true,
      label: { vi: 'Cơ quan công nhận (tên tại thời điểm trao)', en: 'Awarding body (as named then)' },
    },
    { name: 'decisionNumber', type: 'text', required: true, index: true, label: { vi: 'Số quyết định', en: 'Decision number' } },
    { name: 'decisionDate', type: 'date', admin: { date: DAY }, label: { vi: 'Ngày quyết định', en: 'Decision date' } },
    { name: 'certificateNumber', type: 'text', index: true, label: { vi: 'Số giấy chứng nhận', en: 'Certificate number' } },
    { name: 'productGroup', type: 'relationship', relationTo: 'product-groups', label: { vi: 'Nhóm sản phẩm', en: 'Product group' } },
    {
      name: 'province',
      type: 'relationship',
      relationTo: 'provinces',
      required: true,
      index: true,
      label: { vi: 'Tỉnh/thành hiện nay', en: 'Province (current unit)' },
    },
    { name: 'provinceNameAtAward', type: 'text', required: true, label: { vi: 'Tên tỉnh khi trao', en: 'Province as named then' } },
    { name: 'validUntil', type: 'date', admin: { date: DAY }, label: { vi: 'Hiệu lực đến (nếu có)', en: 'Valid until (if any)' } },
    {
      name: 'evidence',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Quyết định / giấy chứng nhận (PDF, ảnh)', en: 'Decision or certificate (PDF, image)' },
    },
  ],
}
