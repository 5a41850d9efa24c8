/**
 * Trade fairs and exhibitions where producers show their products, at home and abroad.
 * Staff publish the calendar; buyers see published fairs only.
 */
import { DAY } from '../../fields/dates'
import type { Access, CollectionConfig } from 'payload'
import { staffInScope, staffOnly } from '../../access/policies'
import { keepInProvinceScope } from '../../access/province-scope'
import { isStaff, userOf } from '../../access/roles'
import { slugField } from '../../fields/slug'
import { updatedByField } from '../../fields/updatedBy'

const publishedOrStaff: Access = ({ req }) => (isStaff(userOf(req)) ? true : { _status: { equals: 'published' } })

export const Fairs: CollectionConfig = {
  slug: 'fairs',
  labels: { singular: { vi: 'Hội chợ', en: 'Fair' }, plural: { vi: 'Hội chợ, triển lãm', en: 'Fairs' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'startDate', 'endDate', 'city', 'country', '_status'], group: { vi: 'Trưng bày', en: 'Showroom' } },
  defaultSort: '-startDate',
  versions: { drafts: true, maxPerDoc: 20 },
  // A fair is in the province it is held in. Staff limited to provinces keep to theirs; a fair in
  // no province (abroad, or national) they may add, and only national staff change it afterwards.
  access: { read: publishedOrStaff, create: staffOnly, update: staffInScope(), delete: staffInScope(), readVersions: staffOnly },
  hooks: { beforeChange: [keepInProvinceScope((doc) => (doc.province == null ? [] : [doc.province]), { placelessMayBeCreated: true })] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên hội chợ', en: 'Name' } },
    slugField('name'),
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', required: true, index: true, admin: { date: DAY }, label: { vi: 'Bắt đầu', en: 'Starts' } },
        {
          name: 'endDate',
          type: 'date',
          required: true,
          admin: { date: DAY },
          label: { vi: 'Kết thúc', en: 'Ends' },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            !value || !siblingData.startDate || new Date(String(value)) >= new Date(String(siblingData.startDate))
              ? true
              : 'Ngày kết thúc phải sau ngày bắt đầu / The end date must not be before the start date',
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
    { name: 'exhibitors', type: 'relationship', relationTo: 'producers', hasMany: true, label: { vi: 'Đơn vị tham gia', en: 'Exhibitors' } },
    { name: 'products', type: 'relationship', relationTo: 'products', hasMany: true, label: { vi: 'Sản phẩm trưng bày', en: 'Showcased products' } },
    {
      name: 'link',
      type: 'text',
      label: { vi: 'Trang web', en: 'Website' },
      validate: (v: unknown) =>
        v == null || v === '' || /^https?:\/\//.test(String(v)) ? true : 'Địa chỉ phải bắt đầu bằng http:// hoặc https:// / must start with http(s)://',
    },
    updatedByField,
  ],
}
