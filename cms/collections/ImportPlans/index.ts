/**
 * The planned rows of an import (cms/collections/Imports), PLAN_CHUNK rows to a document, kept
 * apart from the import itself: a confirm batch reads only the chunk it carries out, and writing
 * the import's progress no longer rewrites the plan (SQLite rewrites a whole row, megabytes of JSON
 * for a big list, on any change to it). Written and read only by the import endpoints
 * (cms/imports/), with access control overridden; nobody reaches it through the API or the admin.
 */
import type { CollectionConfig } from 'payload'
import { nobody } from '../../access/policies'
import { collectionLabels } from '../../admin/collection-labels'

/** Rows per plan document: the confirm batch's default size, so a batch reads one document. */
export const PLAN_CHUNK = 250

export const ImportPlans: CollectionConfig = {
  slug: 'import-plans',
  labels: collectionLabels({ vi: 'Kế hoạch nhập', en: 'Import plan' }, { vi: 'Kế hoạch nhập', en: 'Import plans' }),
  admin: { hidden: true, group: { vi: 'Hệ thống', en: 'System' } },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  // Nobody edits a plan in the admin, so there is nothing to lock.
  lockDocuments: false,
  fields: [
    { name: 'import', type: 'relationship', relationTo: 'imports', required: true, index: true, label: { vi: 'Lượt nhập', en: 'Import' } },
    { name: 'start', type: 'number', required: true, label: { vi: 'Dòng đầu (thứ tự)', en: 'First row (index)' } },
    { name: 'rows', type: 'json', required: true, label: { vi: 'Các dòng', en: 'Rows' } },
  ],
}
