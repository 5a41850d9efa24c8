/**
 * Trade fairs and exhibitions where producers show their products, at home and abroad.
 * Staff publish the calendar; buyers see published fairs only.
 */
import { DAY } from '../../fields/dates'
import type { Access, CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import type { Fair } from '../../payload-types'
import { staffInScope, staffOnly } from '../../access/policies'
import { keepInProvinceScope } from '../../access/province-scope'
import { isStaff, userOf } from '../../access/roles'
import { staffFilledFields } from '../../admin/producer-view'
import { slugField } from '../../fields/slug'
import { updatedByField } from '../../fields/updatedBy'
import { validateEndDate } from './validate-end-date'
import { collectionLabels } from '../../admin/collection-labels'

const keepInScope = keepInProvinceScope<Fair>((doc) => (doc.province == null ? [] : [doc.province]), { placelessMayBeCreated: true })

/**
 * A decision on an exhibitor request adds its producer to the fair; the request's own access and
 * scope rules have already decided who may make it, so the fair's scope rule is not asked again.
 */
const keepFairInScope: CollectionBeforeChangeHook = (args) => (args.context?.exhibitorDecision ? args.data : keepInScope(args))

const publishedOrStaff: Access = ({ req }) => (isStaff(userOf(req)) ? true : { _status: { equals: 'published' } })

export const Fairs: CollectionConfig = {
  slug: 'fairs',
  labels: collectionLabels({ vi: 'Hội chợ', en: 'Fair' }, { vi: 'Hội chợ, triển lãm', en: 'Fairs' }),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'startDate', 'endDate', 'city', 'country', '_status'], group: { vi: 'Trưng bày', en: 'Showroom' } },
  defaultSort: '-startDate',
  versions: { drafts: true, maxPerDoc: 20 },
  // A fair is in the province it is held in. Staff limited to provinces keep to theirs; a fair in
  // no province (abroad, or national) they may add, and only national staff change it afterwards.
  access: { read: publishedOrStaff, create: staffOnly, update: staffInScope(), delete: staffInScope(), readVersions: staffOnly },
  hooks: { beforeChange: [keepFairInScope] },
  // Producers read fairs but only staff write them: a producer's form leaves out what is empty.
  fields: staffFilledFields([
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên hội chợ', en: 'Name' } },
    slugField('name'),
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', required: true, index: true, admin: { date: DAY }, label: { vi: 'Bắt đầu', en: 'Starts' } },
        {
          name: 'endDate',
          type: 'date',
          admin: { date: DAY, description: { vi: 'Bắt buộc trước khi đăng.', en: 'Needed before the fair is published.' } },
          label: { vi: 'Kết thúc', en: 'Ends' },
          // Not `required`: a draft may wait for the organiser's dates. Payload validates only when
          // publishing, so this says what a published fair lacks instead of "this field is required".
          validate: validateEndDate,
        },
        { name: 'registrationDeadline', type: 'date', admin: { date: DAY }, label: { vi: 'Hạn đăng ký', en: 'Registration deadline' } },
      ],
    },
    { name: 'venue', type: 'text', localized: true, required: true, label: { vi: 'Địa điểm', en: 'Venue' } },
    { name: 'city', type: 'text', localized: true, label: { vi: 'Thành phố', en: 'City' } },
    { name: 'province', type: 'relationship', relationTo: 'provinces', label: { vi: 'Tỉnh/thành (trong nước)', en: 'Province (in Vietnam)' } },
    {
      name: 'country',
      type: 'text',
      required: true,
      defaultValue: 'VN',
      label: { vi: 'Quốc gia (mã ISO)', en: 'Country (ISO code)' },
      validate: (v: unknown) => (/^[A-Z]{2}$/.test(String(v ?? '')) ? true : 'Mã quốc gia 2 chữ in hoa, ví dụ VN / two capital letters, e.g. VN'),
    },
    { name: 'organiser', type: 'text', localized: true, required: true, label: { vi: 'Đơn vị tổ chức', en: 'Organiser' } },
    { name: 'sectors', type: 'text', localized: true, label: { vi: 'Ngành hàng', en: 'Sectors' } },
    { name: 'summary', type: 'textarea', localized: true, label: { vi: 'Giới thiệu', en: 'About' } },
    { name: 'support', type: 'textarea', localized: true, label: { vi: 'Hỗ trợ cho đơn vị tham gia', en: 'Support offered to exhibitors' } },
    {
      name: 'exhibitors',
      type: 'array',
      label: { vi: 'Đơn vị tham gia', en: 'Exhibitors' },
      labels: { singular: { vi: 'Đơn vị tham gia', en: 'Exhibitor' }, plural: { vi: 'Đơn vị tham gia', en: 'Exhibitors' } },
      admin: { components: { RowLabel: '/components/RowLabels#ExhibitorRowLabel' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'producer', type: 'relationship', relationTo: 'producers', required: true, index: true, label: { vi: 'Cơ sở', en: 'Producer' } },
            { name: 'booth', type: 'text', label: { vi: 'Gian hàng số', en: 'Booth' }, admin: { width: '30%' } },
          ],
        },
        {
          name: 'products',
          type: 'relationship',
          relationTo: 'products',
          hasMany: true,
          index: true,
          label: { vi: 'Sản phẩm trưng bày', en: 'Showcased products' },
          filterOptions: ({ siblingData }) => {
            const producer = (siblingData as { producer?: unknown } | undefined)?.producer
            return producer ? { producer: { equals: producer } } : true
          },
        },
      ],
    },
    {
      name: 'link',
      type: 'text',
      label: { vi: 'Trang web', en: 'Website' },
      validate: (v: unknown) =>
        v == null || v === '' || /^https?:\/\//.test(String(v)) ? true : 'Địa chỉ phải bắt đầu bằng http:// hoặc https:// / must start with http(s)://',
    },
    updatedByField,
  ]),
}
