/**
 * The documents a producer uploads with an application (business licence, quotations, plans).
 * Unlike the media library they are never public: only the producer that uploaded them and the
 * centre staff of its province can read them, through every route Payload serves files on
 * (/api/application-files/file/<name> checks the same read access). Kept in their own folder, so a
 * web server in front of MEDIA_DIR can never serve them by accident.
 */
import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { signedIn, staffOrOwner } from '../../access/policies'
import { keepInProvinceScope, provincesOfDocument } from '../../access/province-scope'
import { loadEnv } from '../../../src/config/env'
import { assignOwner } from '../Media/hooks/assignOwner'
import { checkUpload } from '../Media/hooks/checkUpload'
import { collectionLabels } from '../../admin/collection-labels'

const DOCUMENT_VI = 'Tệp hồ sơ đề nghị hỗ trợ'

export const ApplicationFiles: CollectionConfig = {
  slug: 'application-files',
  labels: collectionLabels({ vi: DOCUMENT_VI, en: 'Application document' }, { vi: DOCUMENT_VI, en: 'Application documents' }),
  admin: {
    group: { vi: 'Khuyến công', en: 'Extension support' },
    defaultColumns: ['filename', 'owner', 'mimeType'],
    useAsTitle: 'filename',
  },
  access: {
    read: staffOrOwner('owner', 'owner.province'),
    create: signedIn,
    update: staffOrOwner('owner', 'owner.province'),
    delete: staffOrOwner('owner', 'owner.province'),
  },
  hooks: {
    beforeOperation: [checkUpload],
    beforeChange: [
      assignOwner,
      keepInProvinceScope((doc, req) => (doc.owner == null ? [] : provincesOfDocument(req, 'producers', doc.owner)), { placelessMayBeCreated: true }),
    ],
  },
  upload: {
    staticDir: path.join(loadEnv().MEDIA_DIR, '..', 'application-files'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    // Scans and PDFs are kept as sent: no resized copies of a private document lying around.
    withMetadata: false,
  },
  fields: [
    { name: 'filename', type: 'text', label: { vi: 'Tên tệp', en: 'File name' } },
    { name: 'mimeType', type: 'text', label: { vi: 'Loại tệp', en: 'File type' } },
    { name: 'filesize', type: 'number', label: { vi: 'Dung lượng', en: 'File size' } },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'producers',
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
      label: { vi: 'Thuộc cơ sở', en: 'Belongs to' },
    },
  ],
}
