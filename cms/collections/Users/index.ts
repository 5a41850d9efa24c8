/**
 * Accounts: admins, centre staff (optionally limited to provinces) and producer accounts (each
 * linked to one producer). Only admins grant roles; everyone may edit their own name and password.
 */
import type { Access, CollectionConfig } from 'payload'
import { adminField, adminOnly } from '../../access/policies'
import { isAdmin, userOf } from '../../access/roles'
import { canUnlock, refuseUnlock } from './access/canUnlock'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { collectionLabels } from '../../admin/collection-labels'

const adminOrSelf: Access = ({ req }) => {
  const user = userOf(req) as { id?: number | string } | undefined
  if (isAdmin(userOf(req))) return true
  return user?.id !== undefined ? { id: { equals: user.id } } : false
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: collectionLabels({ vi: 'Tài khoản', en: 'User' }, { vi: 'Tài khoản', en: 'Users' }),
  auth: { maxLoginAttempts: 10, lockTime: 10 * 60 * 1000, tokenExpiration: 8 * 60 * 60 },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'producer'], group: { vi: 'Hệ thống', en: 'System' } },
  access: { read: adminOrSelf, create: adminOnly, update: adminOrSelf, delete: adminOnly, unlock: canUnlock },
  hooks: { beforeOperation: [refuseUnlock], beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', label: { vi: 'Họ tên', en: 'Name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'producer',
      saveToJWT: true,
      access: { create: adminField, update: adminField },
      label: { vi: 'Vai trò', en: 'Role' },
      options: [
        { value: 'admin', label: { vi: 'Quản trị', en: 'Admin' } },
        { value: 'staff', label: { vi: 'Cán bộ trung tâm', en: 'Centre staff' } },
        { value: 'producer', label: { vi: 'Cơ sở sản xuất', en: 'Producer' } },
      ],
    },
    {
      name: 'provinces',
      type: 'relationship',
      relationTo: 'provinces',
      hasMany: true,
      access: { create: adminField, update: adminField },
      label: { vi: 'Phụ trách tỉnh/thành', en: 'Limited to provinces' },
      admin: { condition: (_, s) => s?.role === 'staff', description: { vi: 'Để trống: toàn quốc', en: 'Empty: the whole country' } },
    },
    {
      name: 'producer',
      type: 'relationship',
      relationTo: 'producers',
      access: { create: adminField, update: adminField },
      label: { vi: 'Cơ sở sản xuất', en: 'Producer' },
      admin: { condition: (_, s) => s?.role === 'producer' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData.role === 'producer' && !value ? 'Tài khoản cơ sở phải gắn với một cơ sở / a producer account needs its producer' : true,
    },
  ],
}
