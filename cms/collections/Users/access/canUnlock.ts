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
  // Payload also asks every access rule while it builds the admin's permissions (the login page
  // included), where a throw is a server error: only the unlock request itself gets the message.
  if (isUnlockRequest(req.url)) throw new APIError(REFUSED, 403, undefined, true)
  return false
}

function isUnlockRequest(url: string | undefined): boolean {
  return URL.canParse(url ?? '') && new URL(url!).pathname.endsWith('/unlock')
}
