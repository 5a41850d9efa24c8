/**
 * The audit trail: who changed what, when, with a short summary. Staff read it in the admin;
 * nobody writes it through the API and nobody changes or deletes an event, not even an admin:
 * events are added by recordAudit (cms/audit/record-audit.ts) inside the change's own transaction,
 * and keep the document's id and title as text, so they outlive the document.
 */
import type { Access, CollectionConfig, Where } from 'payload'
import { nobody } from '../../access/policies'
import { idOf, isStaff, provinceScopeOf, userOf } from '../../access/roles'
import { refuseChange, refuseDelete } from './hooks/appendOnly'
import { collectionLabels } from '../../admin/collection-labels'

/** The kinds of event; later features add theirs here. */
export const AUDIT_ACTIONS = [
  { value: 'create', label: { vi: 'Tạo', en: 'Created' } },
  { value: 'update', label: { vi: 'Sửa', en: 'Updated' } },
  { value: 'delete', label: { vi: 'Xóa', en: 'Deleted' } },
  { value: 'import', label: { vi: 'Nhập từ tệp', en: 'Imported' } },
  { value: 'verify', label: { vi: 'Xác minh', en: 'Verified' } },
  { value: 'unverify', label: { vi: 'Bỏ xác minh', en: 'Verification removed' } },
  { value: 'submit', label: { vi: 'Gửi duyệt', en: 'Submitted for review' } },
  { value: 'approve', label: { vi: 'Duyệt', en: 'Approved' } },
  { value: 'send-back', label: { vi: 'Trả lại', en: 'Sent back' } },
  { value: 'accept', label: { vi: 'Nhận tham gia', en: 'Accepted' } },
  { value: 'decline', label: { vi: 'Không nhận', en: 'Declined' } },
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]['value']

/** Staff; those limited to provinces see their provinces' events and their own. */
const readAudit: Access = ({ req }) => {
  const user = userOf(req)
  if (!isStaff(user)) return false
  const scope = provinceScopeOf(user)
  if (!scope) return true
  const self = idOf(req.user)
  const mine: Where[] = self !== undefined ? [{ user: { equals: self } }] : []
  return { or: [{ province: { in: scope } }, ...mine] }
}

export const AuditEvents: CollectionConfig = {
  slug: 'audit-events',
  labels: collectionLabels({ vi: 'Nhật ký thay đổi', en: 'Audit event' }, { vi: 'Nhật ký thay đổi', en: 'Audit trail' }),
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'action', 'documentTitle', 'userEmail', 'summary'],
    group: { vi: 'Hệ thống', en: 'System' },
    description: {
      vi: 'Ai đã thay đổi gì, khi nào. Không sửa, không xóa được.',
      en: 'Who changed what, and when. It cannot be edited or deleted.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: readAudit, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [refuseChange], beforeDelete: [refuseDelete] },
  fields: [
    { name: 'action', type: 'select', required: true, index: true, options: [...AUDIT_ACTIONS], label: { vi: 'Thao tác', en: 'Action' } },
    { name: 'entity', type: 'text', required: true, index: true, label: { vi: 'Loại dữ liệu', en: 'Collection' } },
    { name: 'documentId', type: 'text', index: true, label: { vi: 'Mã tài liệu', en: 'Document id' } },
    { name: 'documentTitle', type: 'text', label: { vi: 'Tài liệu', en: 'Document' } },
    { name: 'summary', type: 'text', required: true, label: { vi: 'Tóm tắt', en: 'Summary' } },
    { name: 'changes', type: 'json', label: { vi: 'Thay đổi', en: 'Changes' } },
    { name: 'user', type: 'relationship', relationTo: 'users', index: true, label: { vi: 'Người thực hiện', en: 'By' } },
    // Kept as text too: the account may be deleted, the trail must still say who it was.
    { name: 'userEmail', type: 'text', label: { vi: 'Email người thực hiện', en: 'By (e-mail)' } },
    { name: 'province', type: 'relationship', relationTo: 'provinces', index: true, label: { vi: 'Tỉnh/thành', en: 'Province' } },
  ],
  timestamps: true,
}
