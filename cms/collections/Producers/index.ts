/**
 * Producers: the brand owners (household businesses, cooperatives, small firms). A producer
 * account edits its own page; the verification flag and the province belong to centre staff.
 */
import { previewUrl } from '../../admin/preview-url'
import type { CollectionConfig } from 'payload'
import type { Producer } from '../../payload-types'
import { publishedOrOwn, staffCreateInScope, staffInScope, staffField, staffOrOwner } from '../../access/policies'
import { validateEmail } from '../../fields/email'
import { keepInProvinceScope } from '../../access/province-scope'
import { slugField } from '../../fields/slug'
import { certificationsField } from '../../fields/certifications'
import { claimVerificationFields } from '../../fields/claim-verification'
import { staffFilledField } from '../../admin/producer-view'
import { updatedByField } from '../../fields/updatedBy'
import { readContact, readContactsPrivateFlag } from './access/contactAccess'
import { DAY_AND_TIME } from '../../fields/dates'
import { SUPPORT_KINDS } from '../../../src/programmes/kinds'
import { formerProvinceField } from './formerProvinceField'
import { auditVerification } from './hooks/auditVerification'
import { hideUnsharedSupport } from './hooks/hideUnsharedSupport'
import { moveProductsWithProducer } from './hooks/moveProductsWithProducer'
import { stampVerification } from './hooks/stampVerification'
import { holdForReview, recordLiveChange } from '../../reviews/hold-for-review'
import { auditClaimVerification } from '../../reviews/audit-claim-verification'
import { unverifyEditedClaims } from '../../reviews/unverify-edited-claims'
import { keepStaffFieldsOnRestore } from '../../versions/keep-staff-fields-on-restore'
import { collectionLabels } from '../../admin/collection-labels'
import { claimUnownedUploads, onlyOwnUploads } from '../Media/owned-uploads'

export const Producers: CollectionConfig = {
  slug: 'producers',
  labels: collectionLabels({ vi: 'Cơ sở sản xuất', en: 'Producer' }, { vi: 'Cơ sở sản xuất', en: 'Producers' }),
  admin: {
    useAsTitle: 'brandName',
    defaultColumns: ['brandName', 'kind', 'province', 'verified', '_status'],
    preview: previewUrl('brand'),
    group: { vi: 'Trưng bày', en: 'Showroom' },
    // Producers get "Gửi duyệt" where staff get Publish (their publish would be refused).
    components: { edit: { PublishButton: '/components/PublishOrSubmit#PublishOrSubmit', Status: '/components/DocumentStatus#DocumentStatus' } },
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedOrOwn('id'),
    create: staffCreateInScope(),
    update: staffOrOwner('id'),
    delete: staffInScope(),
    // Versions are queried on their own table: the fields sit under `version.`.
    readVersions: staffOrOwner('parent', 'version.province'),
  },
  hooks: {
    beforeValidate: [keepStaffFieldsOnRestore(['province', 'formerProvince', 'verified', 'verifiedAt'])],
    beforeChange: [onlyOwnUploads(), holdForReview, unverifyEditedClaims, stampVerification, keepInProvinceScope<Producer>((doc) => [doc.province])],
    afterChange: [moveProductsWithProducer, auditVerification, recordLiveChange, auditClaimVerification, claimUnownedUploads((doc) => doc.id as number)],
  },
  fields: [
    { name: 'brandName', type: 'text', required: true, label: { vi: 'Thương hiệu', en: 'Brand name' } },
    { name: 'legalName', type: 'text', required: true, label: { vi: 'Tên cơ sở / doanh nghiệp', en: 'Legal name' } },
    slugField('brandName'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { vi: 'Loại hình', en: 'Kind' },
      options: [
        { value: 'household', label: { vi: 'Hộ kinh doanh', en: 'Household business' } },
        { value: 'cooperative', label: { vi: 'Hợp tác xã', en: 'Cooperative' } },
        { value: 'enterprise', label: { vi: 'Doanh nghiệp', en: 'Enterprise' } },
      ],
    },
    staffFilledField({
      name: 'province',
      type: 'relationship',
      relationTo: 'provinces',
      required: true,
      index: true,
      label: { vi: 'Tỉnh/thành', en: 'Province' },
      access: { create: staffField, update: staffField },
    }),
    formerProvinceField,
    { name: 'address', type: 'text', localized: true, label: { vi: 'Địa chỉ', en: 'Address' } },
    { name: 'foundedYear', type: 'number', min: 1800, max: 2100, label: { vi: 'Năm thành lập', en: 'Founded' } },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 300, label: { vi: 'Giới thiệu ngắn', en: 'Summary' } },
    { name: 'story', type: 'richText', localized: true, label: { vi: 'Câu chuyện thương hiệu', en: 'Brand story' } },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { vi: 'Logo', en: 'Logo' } },
    { name: 'gallery', type: 'upload', relationTo: 'media', hasMany: true, label: { vi: 'Thư viện ảnh', en: 'Gallery' } },
    {
      name: 'packaging',
      type: 'group',
      label: { vi: 'Hồ sơ bao bì', en: 'Packaging profile' },
      fields: [
        { name: 'formats', type: 'text', localized: true, label: { vi: 'Quy cách', en: 'Formats' } },
        { name: 'materials', type: 'text', localized: true, label: { vi: 'Vật liệu', en: 'Materials' } },
        {
          name: 'labelLanguages',
          type: 'select',
          hasMany: true,
          label: { vi: 'Ngôn ngữ nhãn', en: 'Label languages' },
          options: [
            { value: 'vi', label: { vi: 'Tiếng Việt', en: 'Vietnamese' } },
            { value: 'en', label: { vi: 'Tiếng Anh', en: 'English' } },
            { value: 'zh', label: { vi: 'Tiếng Trung', en: 'Chinese' } },
            { value: 'ja', label: { vi: 'Tiếng Nhật', en: 'Japanese' } },
            { value: 'ko', label: { vi: 'Tiếng Hàn', en: 'Korean' } },
            { value: 'fr', label: { vi: 'Tiếng Pháp', en: 'French' } },
            { value: 'de', label: { vi: 'Tiếng Đức', en: 'German' } },
          ],
        },
        {
          name: 'barcode',
          type: 'text',
          label: { vi: 'Mã vạch', en: 'Barcode' },
          validate: (v: unknown) =>
            v == null || v === '' || /^\d{8}$|^\d{12,14}$/.test(String(v)) ? true : 'EAN/GTIN: 8, 12, 13 hoặc 14 chữ số / 8, 12, 13 or 14 digits',
        },
        { name: 'shelfLife', type: 'text', localized: true, label: { vi: 'Hạn sử dụng', en: 'Shelf life' } },
      ],
    },
    certificationsField,
    { name: 'capacity', type: 'text', localized: true, label: { vi: 'Năng lực sản xuất', en: 'Capacity' } },
    { name: 'exportMarkets', type: 'text', hasMany: true, label: { vi: 'Thị trường xuất khẩu', en: 'Export markets' } },
    {
      name: 'contacts',
      type: 'group',
      label: { vi: 'Liên hệ', en: 'Contacts' },
      fields: [
        { name: 'person', type: 'text', access: { read: readContact }, label: { vi: 'Người liên hệ', en: 'Contact person' } },
        { name: 'phone', type: 'text', access: { read: readContact }, label: { vi: 'Điện thoại', en: 'Phone' } },
        { name: 'zalo', type: 'text', access: { read: readContact }, label: { vi: 'Số Zalo', en: 'Zalo number' } },
        { name: 'email', type: 'email', validate: validateEmail, access: { read: readContact }, label: { vi: 'Email', en: 'Email' } },
        { name: 'web', type: 'text', access: { read: readContact }, label: { vi: 'Website', en: 'Website' } },
        {
          name: 'private',
          type: 'checkbox',
          defaultValue: false,
          access: { read: readContactsPrivateFlag },
          label: { vi: 'Ẩn liên hệ với công chúng (chỉ nhận qua form hỏi hàng)', en: 'Hide contacts from the public (enquiries only)' },
        },
      ],
    },
    {
      name: 'support',
      type: 'array',
      label: { vi: 'Hỗ trợ khuyến công đã nhận', en: 'Industrial-extension support received' },
      labels: { singular: { vi: 'Khoản hỗ trợ', en: 'Support' }, plural: { vi: 'Khoản hỗ trợ', en: 'Support' } },
      hooks: { afterRead: [hideUnsharedSupport] },
      admin: { components: { RowLabel: '/components/RowLabels#SupportRowLabel' } },
      fields: [
        { name: 'year', type: 'number', required: true, min: 2000, max: 2100, label: { vi: 'Năm', en: 'Year' } },
        { name: 'what', type: 'textarea', localized: true, required: true, label: { vi: 'Nội dung', en: 'What' } },
        { name: 'amount', type: 'number', min: 0, label: { vi: 'Kinh phí (VNĐ)', en: 'Amount (VND)' } },
        { name: 'programme', type: 'text', label: { vi: 'Chương trình', en: 'Programme' } },
        // Filled when staff accept an application (cms/collections/Applications); typed by hand otherwise.
        {
          name: 'kind',
          type: 'select',
          options: SUPPORT_KINDS.map(({ value, vi, en }) => ({ value, label: { vi, en } })),
          label: { vi: 'Nội dung', en: 'Kind' },
        },
        { name: 'counterpart', type: 'number', min: 0, label: { vi: 'Vốn đối ứng (VNĐ)', en: 'Counterpart funds (VND)' } },
        { name: 'public', type: 'checkbox', defaultValue: false, label: { vi: 'Hiện trên trang thương hiệu', en: 'Show on the brand page' } },
        staffFilledField({
          name: 'application',
          type: 'relationship',
          relationTo: 'applications',
          admin: { readOnly: true },
          label: { vi: 'Hồ sơ', en: 'Application' },
        }),
        ...claimVerificationFields,
      ],
    },
    {
      name: 'verified',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Trung tâm đã xác minh', en: 'Verified by the centre' },
      access: { create: staffField, update: staffField },
      admin: { position: 'sidebar' },
    },
    staffFilledField({
      name: 'verifiedAt',
      type: 'date',
      label: { vi: 'Ngày xác minh', en: 'Verified on' },
      access: { create: staffField, update: staffField },
      admin: { position: 'sidebar', readOnly: true, date: DAY_AND_TIME },
    }),
    updatedByField,
    {
      name: 'submitForReview',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/SubmitForReview#SubmitForReview' } },
    },
  ],
}
