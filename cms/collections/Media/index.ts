/**
 * Images (logos, galleries, product photos) and PDF certificates. sharp makes WebP and AVIF
 * variants at the widths the site uses; every upload is checked first (see hooks/checkUpload).
 */
import type { Access, CollectionConfig, Where } from 'payload'
import type { Media as MediaDoc } from '../../payload-types'
import { publicOrOwn, signedIn, staffField } from '../../access/policies'
import { isStaff, producerOf, provinceScopeOf, roleOf, userOf } from '../../access/roles'
import { keepInProvinceScope, provincesOfDocument } from '../../access/province-scope'
import { loadEnv } from '../../../src/config/env'
import { checkUpload } from './hooks/checkUpload'
import { assignOwner } from './hooks/assignOwner'
import { collectionLabels } from '../../admin/collection-labels'

/**
 * An upload is in its owner's province. Staff limited to provinces change only their producers'
 * uploads; the centre's own (no owner) only admins and national staff change.
 */
const staffOrUploader: Access = ({ req }) => {
  const user = userOf(req)
  const scope = provinceScopeOf(user)
  if (isStaff(user)) return scope ? ({ 'owner.province': { in: scope } } as Where) : true
  const own = producerOf(user)
  return own !== undefined ? ({ owner: { equals: own } } as Where) : false
}

const webp = (quality: number) => ({ format: 'webp' as const, options: { quality } })
const avif = (quality: number) => ({ format: 'avif' as const, options: { quality, effort: 2 } })

/**
 * Widths the site's layouts use: cards in grids, the product page, and social previews. The
 * share picture must be exactly 1200×630 whatever the upload's size (link previews crop or
 * ignore anything else), so it is the one size allowed to enlarge a small picture; it is cropped
 * to fill (`cover`) around the focal point. The other sizes are left out when the upload is
 * smaller, so no page shows a blown-up photo.
 */
export const OG_WIDTH = 1200
export const OG_HEIGHT = 630
export const IMAGE_SIZES = [
  // Beside a search hit: square, cropped around the focal point, a few KB.
  { name: 'thumb', width: 128, height: 128, fit: 'cover' as const, position: 'centre' as const, formatOptions: webp(70) },
  { name: 'card', width: 480, formatOptions: webp(76) },
  { name: 'cardAvif', width: 480, formatOptions: avif(55) },
  { name: 'page', width: 1200, formatOptions: webp(80) },
  { name: 'pageAvif', width: 1200, formatOptions: avif(58) },
  { name: 'og', width: OG_WIDTH, height: OG_HEIGHT, fit: 'cover' as const, position: 'centre' as const, withoutEnlargement: false, formatOptions: webp(80) },
]

export const Media: CollectionConfig = {
  slug: 'media',
  labels: collectionLabels({ vi: 'Tệp ảnh / tài liệu', en: 'Media' }, { vi: 'Thư viện', en: 'Media' }),
  admin: {
    group: { vi: 'Danh mục', en: 'Reference' },
    defaultColumns: ['filename', 'alt', 'owner', 'mimeType'],
    // A logo or photo is named by its file, not "Chưa có tiêu đề - ID: 34".
    useAsTitle: 'filename',
  },
  access: { read: publicOrOwn('owner'), create: signedIn, update: staffOrUploader, delete: staffOrUploader },
  hooks: {
    beforeOperation: [checkUpload],
    beforeChange: [
      assignOwner,
      keepInProvinceScope<MediaDoc>((doc, req) => (doc.owner == null ? [] : provincesOfDocument(req, 'producers', doc.owner)), { placelessMayBeCreated: true }),
    ],
  },
  upload: {
    staticDir: loadEnv().MEDIA_DIR,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf'],
    imageSizes: IMAGE_SIZES,
    adminThumbnail: 'card',
    focalPoint: true,
    // No EXIF, XMP or IPTC (the GPS position of a household's workshop, the camera) in any file
    // served: withMetadata false keeps it out of what sharp writes, and constructorOptions (any
    // option does it) makes Payload pass the original itself through sharp too, turned upright
    // by its EXIF orientation first, instead of storing the uploaded bytes as they came.
    withMetadata: false,
    constructorOptions: { limitInputPixels: loadEnv().UPLOAD_MAX_PIXELS },
  },
  fields: [
    // Payload's own upload fields, given words a producer understands (merged by name with Payload's).
    { name: 'filename', type: 'text', label: { vi: 'Tên tệp', en: 'File name' } },
    { name: 'mimeType', type: 'text', label: { vi: 'Loại tệp', en: 'File type' } },
    { name: 'filesize', type: 'number', label: { vi: 'Dung lượng', en: 'File size' } },
    { name: 'width', type: 'number', label: { vi: 'Chiều rộng (px)', en: 'Width (px)' } },
    { name: 'height', type: 'number', label: { vi: 'Chiều cao (px)', en: 'Height (px)' } },
    { name: 'alt', type: 'text', localized: true, label: { vi: 'Mô tả ảnh (cho người khiếm thị)', en: 'Alternative text' } },
    // A producer's upload is its own (hooks/assignOwner), and it is not asked. Staff say whose a
    // file is, among the producers of their provinces: that producer then sees, reuses and
    // replaces it. Left empty, it is the centre's own, until staff use it on a producer's page
    // (claimUnownedUploads).
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'producers',
      index: true,
      access: { create: staffField, update: staffField },
      filterOptions: ({ req }) => {
        const scope = provinceScopeOf(userOf(req))
        return scope ? { province: { in: scope } } : true
      },
      admin: {
        position: 'sidebar',
        condition: (_data, _siblingData, { user }) => roleOf(user) !== 'producer',
        description: {
          vi:
            'Cơ sở được xem, dùng lại và thay tệp này. Để trống nếu là tệp chung của trung tâm; ' +
            'ảnh gắn vào trang của một cơ sở sẽ tự thuộc cơ sở đó khi lưu.',
          en:
            "The producer that may see, reuse and replace this file. Leave empty for the centre's own; " +
            "a file used on a producer's page becomes that producer's when the page is saved.",
        },
      },
      label: { vi: 'Thuộc cơ sở', en: 'Belongs to' },
    },
  ],
}
