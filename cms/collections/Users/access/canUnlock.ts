import { type Access, APIError, type CollectionBeforeOperationHook } from 'payload'
import { isAdmin, isStaff, roleOf, userOf } from '../../../access/roles'

const REFUSED =
  'Chỉ quản trị viên (hoặc cán bộ trung tâm, với tài khoản cơ sở sản xuất) ' +
  'mới mở khóa được tài khoản / only an admin (or centre staff, for producer accounts) can unlock an account'

/**
 * Unlocking resets the failed-login counter, so whoever may unlock an account may keep guessing
 * its password: admins unlock anyone, centre staff only producer accounts (the producers they
 * support), nobody else. A Where result makes Payload answer 403 when the e-mail is outside it.
 * Kept free of throws: the admin evaluates it for every user (GET /api/access).
 */
export const canUnlock: Access = ({ req }) => {
  const user = userOf(req)
  if (isAdmin(user)) return true
  return roleOf(user) === 'staff' ? { role: { equals: 'producer' } } : false
}

/** The refusal itself, before Payload's generic one, says who may unlock, in both languages. */
export const refuseUnlock: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'unlock' && !isStaff(userOf(req))) throw new APIError(REFUSED, 403, undefined, true)
  return args
}
