/**
 * E-mail fields of the CMS use the project's one rule (src/email), the same the site's enquiry form
 * uses. A value already stored is never re-judged: a status change on an old enquiry must not fail
 * because the rule became stricter after the buyer wrote.
 */
import type { EmailField, Validate } from 'payload'
import { isEmailAddress } from '../../src/email/email-address'

const MESSAGE = 'Địa chỉ e-mail không hợp lệ / not a valid e-mail address'
const REQUIRED = 'Cần nhập e-mail / an e-mail address is required'

export const validateEmail: Validate<string, unknown, unknown, EmailField> = (value, { operation, previousValue, required }) => {
  if (value === undefined || value === null || value === '') return required ? REQUIRED : true
  if (operation === 'update' && value === previousValue) return true
  return isEmailAddress(value) ? true : MESSAGE
}
