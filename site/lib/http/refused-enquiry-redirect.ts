/**
 * The answer to a refused enquiry posted without JavaScript: a 303 back to the page the buyer was
 * on, at the form, with a cookie naming what they typed (kept by keepRefusedForm). The address is
 * the page's own, so a reload shows the form again instead of posting the enquiry a second time.
 */
import { REFUSED_FORM_COOKIE, REFUSED_FORM_SECONDS } from './refused-enquiry-forms'

export function redirectRefusedEnquiry(returnTo: string, token: string, https: boolean): Response {
  const cookie = [`${REFUSED_FORM_COOKIE}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${REFUSED_FORM_SECONDS}`, ...(https ? ['Secure'] : [])]
  return new Response(null, {
    status: 303,
    headers: { location: `${returnTo}#enquiry`, 'set-cookie': cookie.join('; '), 'cache-control': 'no-store' },
  })
}

/** Clears the cookie once the enquiry is sent, so the product page no longer shows the old form. */
export function clearRefusedEnquiryCookie(headers: Headers, https: boolean): void {
  headers.append('set-cookie', [`${REFUSED_FORM_COOKIE}=`, 'Path=/', 'HttpOnly', 'SameSite=Lax', 'Max-Age=0', ...(https ? ['Secure'] : [])].join('; '))
}
