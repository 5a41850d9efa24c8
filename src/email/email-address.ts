/**
 * The one e-mail rule of the project: the site's enquiry form and every e-mail field in the CMS
 * ask this function, so an address the site accepts can always be saved again by the CMS.
 *
 * A practical subset of RFC 5321/5322 that mail servers actually deliver to: a dot-atom local part
 * (no quoted strings, no leading, trailing or doubled dots), a domain of LDH labels that neither
 * start nor end with a hyphen, and a top-level domain of letters (or an IDNA "xn--" label).
 */
export const EMAIL_MAX_LENGTH = 254
const LOCAL_MAX_LENGTH = 64

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i

export function isEmailAddress(value: string): boolean {
  if (value.length > EMAIL_MAX_LENGTH) return false
  const at = value.lastIndexOf('@')
  if (at < 1) return false
  const local = value.slice(0, at)
  const labels = value.slice(at + 1).split('.')
  if (local.length > LOCAL_MAX_LENGTH || !LOCAL.test(local)) return false
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return false
  return TOP_LEVEL.test(labels.at(-1) ?? '')
}
