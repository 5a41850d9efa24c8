/**
 * Products shown in the showroom. Each belongs to one producer; its province is copied from the
 * producer so staff scoping and the province filter need no join.
 */
import { previewUrl } from '../../admin/preview-url'
import type { CollectionConfig } from 'payload'
import { staffFilledField, staffOnlyRelationship } from '../../admin/producer-view'
import type { Product } from '../../payload-types'
import { updatedByField } from '../../fields/updatedBy'
import { publishedOrOwn, staffField, staffOrOwner } from '../../access/policies'
import { keepInProvinceScope } from '../../access/province-scope'
import { slugField } from '../../fields/slug'
import { certificationsField } from '../../fields/certifications'
import { canCreateProduct } from './access/canCreateProduct'
import { assignOwnProducer } from './hooks/assignOwnProducer'
import { copyProducerProvince } from './hooks/copyProducerProvince'
import { refreshAwardTitles } from './hooks/refreshAwardTitles'
import { holdForReview, recordLiveChange } from '../../reviews/hold-for-review'
import { auditClaimVerification } from '../../reviews/audit-claim-verification'
import { unverifyEditedClaims } from '../../reviews/unverify-edited-claims'
import { keepStaffFieldsOnRestore } from '../../versions/keep-staff-fields-on-restore'
import { collectionLabels } from '../../admin/collection-labels'
import { claimUnownedUploads, onlyOwnUploads } from '../Media/owned-uploads'

export const Products: CollectionConfig = {
  slug: 'products',
  labels: collectionLabels({ vi: 'Sản phẩm', en: 'Product' }, { vi: 'Sản phẩm', en: 'Products' }),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'producer', 'productGroup', 'province', '_status'],
    preview: previewUrl('product'),
    group: { vi: 'Trưng bày', en: 'Showroom' },
    components: {
      beforeListTable: ['/imports/components/ImportLink#ImportLink', '/labels/components/PrintLabels#PrintLabels'],
      // Producers get "Gửi duyệt" where staff get Publish (their publish would be refused), and a
      // "revert to published" that restores the published version instead of publishing.
      edit: { PublishButton: '/components/PublishOrSubmit#PublishOrSubmit', Status: '/components/DocumentStatus#DocumentStatus' },
    },
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedOrOwn('producer'),
    create: canCreateProduct,
    update: staffOrOwner('producer'),
    delete: staffOrOwner('producer'),
    // Versions are queried on their own table: the fields sit under `version.`.
    readVersions: staffOrOwner('version.producer', 'version.province'),
  },
  hooks: {
    beforeValidate: [assignOwnProducer, keepStaffFieldsOnRestore(['producer', 'featured'])],
    // The province checked is the one copyProducerProvince has just taken from the (new) producer.
    beforeChange: [onlyOwnUploads(), holdForReview, unverifyEditedClaims, copyProducerProvince, keepInProvinceScope<Product>((doc) => [doc.province])],
    afterChange: [refreshAwardTitles, recordLiveChange, auditClaimVerification, claimUnownedUploads((doc) => doc.producer as Product['producer'])],
  },
  fields: [
    // Tabs (unnamed: the data keeps its shape) so a phone shows one short page at a time, and the edit page
    // renders only the open tab's fields: the form is the producer's slowest page to become usable (issue 10).
    {
      type: 'tabs',
      tabs: [
        {
          label: { vi: 'Giới thiệu', en: 'Overview' },
          fields: [
            { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên sản phẩm', en: 'Name' } },
            staffOnlyRelationship({
              name: 'producer',
              type: 'relationship',
              relationTo: 'producers',
              required: true,
              index: true,
              label: { vi: 'Cơ sở sản xuất', en: 'Producer' },
              // A producer may not hand its product to someone else; on create the hook sets it.
              access: { update: staffField },
            }),
            {
              name: 'productGroup',
              type: 'relationship',
              relationTo: 'product-groups',
              required: true,
              index: true,
              label: { vi: 'Nhóm sản phẩm', en: 'Product group' },
            },
            { name: 'summary', type: 'textarea', localized: true, maxLength: 300, label: { vi: 'Mô tả ngắn', en: 'Summary' } },
            { name: 'images', type: 'upload', relationTo: 'media', hasMany: true, label: { vi: 'Hình ảnh', en: 'Images' } },
          ],
        },
        {
          label: { vi: 'Mô tả', en: 'Description' },
          fields: [{ name: 'description', type: 'richText', localized: true, label: { vi: 'Mô tả', en: 'Description' } }],
        },
        {
          label: { vi: 'Thông số, giá', en: 'Specs and price' },
          fields: [
            {
              name: 'specs',
              type: 'group',
              label: { vi: 'Thông số', en: 'Specifications' },
              fields: [
                { name: 'size', type: 'text', localized: true, label: { vi: 'Khối lượng tịnh / kích thước', en: 'Net weight or size' } },
                { name: 'packaging', type: 'text', localized: true, label: { vi: 'Đóng gói', en: 'Packaging' } },
                { name: 'shelfLife', type: 'text', localized: true, label: { vi: 'Hạn sử dụng', en: 'Shelf life' } },
                { name: 'ingredients', type: 'textarea', localized: true, label: { vi: 'Thành phần / vật liệu', en: 'Ingredients or materials' } },
              ],
            },
            { name: 'minimumOrder', type: 'text', localized: true, label: { vi: 'Đơn hàng tối thiểu', en: 'Minimum order' } },
            { name: 'leadTime', type: 'text', localized: true, label: { vi: 'Thời gian giao hàng', en: 'Lead time' } },
            {
              name: 'price',
              type: 'group',
              label: { vi: 'Khoảng giá (tùy chọn)', en: 'Price range (optional)' },
              fields: [
                { name: 'min', type: 'number', min: 0, label: { vi: 'Giá thấp nhất', en: 'From' } },
                { name: 'max', type: 'number', min: 0, label: { vi: 'Giá cao nhất', en: 'To' } },
                {
                  name: 'currency',
                  type: 'select',
                  defaultValue: 'VND',
                  label: { vi: 'Đơn vị tiền', en: 'Currency' },
                  options: [
                    { value: 'VND', label: { vi: 'VNĐ (đồng)', en: 'VND (dong)' } },
                    { value: 'USD', label: { vi: 'USD (đô la Mỹ)', en: 'USD (US dollar)' } },
                  ],
                },
                { name: 'unit', type: 'text', localized: true, label: { vi: 'Đơn vị', en: 'Per' } },
              ],
            },
            {
              name: 'hsCode',
              type: 'text',
              label: { vi: 'Mã HS', en: 'HS code' },
              validate: (v: unknown) => (v == null || v === '' || /^\d{4,10}$/.test(String(v)) ? true : 'Mã HS gồm 4–10 chữ số / HS code: 4–10 digits'),
            },
          ],
        },
        { label: { vi: 'Chứng nhận', en: 'Certifications' }, fields: [certificationsField] },
      ],
    },
    slugField('name'),
    staffOnlyRelationship({
      name: 'province',
      type: 'relationship',
      relationTo: 'provinces',
      index: true,
      label: { vi: 'Tỉnh/thành', en: 'Province' },
      admin: { readOnly: true, position: 'sidebar', description: { vi: 'Lấy theo cơ sở sản xuất', en: 'Taken from the producer' } },
    }),
    staffFilledField({
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Nổi bật', en: 'Featured' },
      access: { create: staffField, update: staffField },
      admin: { position: 'sidebar' },
    }),
    staffOnlyRelationship(updatedByField),
    {
      name: 'submitForReview',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/SubmitForReview#SubmitForReview' } },
    },
    {
      name: 'printLabel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/labels/components/PrintLabelField#PrintLabelField' } },
    },
  ],
}
