import { type Access, APIError } from 'payload'
import { isAdmin, roleOf, userOf } from '../../../access/roles'

const REFUSED =
  'Chỉ quản trị viên (hoặc cán bộ trung tâm, với tài khoản cơ sở sản xuất) mới mở khóa được tài khoản / only an admin (or centre staff, for producer accounts) can unlock an account'

/**
 * Unlocking resets the failed-login counter, so whoever may unlock an account may keep guessing
 * its password: admins unlock anyone, centre staff only producer accounts (the producers they
 * support), nobody else. A Where result makes Payload answer 403 when the e-mail is outside it.
 */
export const canUnlock: Access = ({ req }) => {
  const user = userOf(req)
  if (isAdmin(user)) return true
  if (roleOf(user) === 'staff') return { role: { equals: 'producer' } }
  throw new APIError(REFUSED, 403, undefined, true)
}
