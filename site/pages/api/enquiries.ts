/**
 * POST /api/enquiries — the buyer's enquiry. The work is in src/enquiries/http; this file picks
 * the answer's form: JSON for the API and the form's <enquiry-form> script; for a form posted
 * without JavaScript, a 303 to the confirmation page, or a 303 back to the page the buyer was on,
 * which shows their values and a message per field again (kept under a cookie, see
 * site/lib/http/refused-enquiry-forms.ts), so a reload never posts the enquiry twice.
 */
import type { APIContext, APIRoute } from 'astro'
import { createEnquiryRateLimits, type EnquiryRateLimits } from '../../../src/enquiries/http/rate-limits'
import { handleEnquiryRequest, jsonResponse, type EnquiryHandled, type EnquiryHttpDeps } from '../../../cms/enquiries/handle-enquiry-request'
import { enquirySentPath } from '../../i18n/enquiry'
import { siteEnv } from '../../lib/env'
import { dropRefusedForm, keepRefusedForm, REFUSED_FORM_COOKIE } from '../../lib/http/refused-enquiry-forms'
import { clearRefusedEnquiryCookie, redirectRefusedEnquiry } from '../../lib/http/refused-enquiry-redirect'
import { requestInfoOf } from '../../lib/http/request-info'
import { payload } from '../../lib/payload'
import { escapeMarkup } from '../../../src/text/escape-markup'

export const prerender = false

let limits: EnquiryRateLimits | undefined

function deps(): EnquiryHttpDeps {
  const env = siteEnv()
  limits ??= createEnquiryRateLimits({
    perIp: env.ENQUIRY_LIMIT_PER_IP,
    perEmail: env.ENQUIRY_LIMIT_PER_EMAIL,
    windowSeconds: env.ENQUIRY_LIMIT_WINDOW_SECONDS,
  })
  return {
    payload,
    limits,
    settings: {
      maxBodyBytes: env.ENQUIRY_MAX_BODY_BYTES,
      responseWorkingDays: env.RESPONSE_WORKING_DAYS,
      allowedOrigins: [new URL(env.SITE_URL).origin],
      // The middleware already found the client behind the trusted proxies (TRUSTED_PROXIES).
      trustProxy: false,
    },
  }
}

/** Back to the buyer's page (303) with what they typed kept: a reload then cannot post again. */
function showFormAgain(context: APIContext, handled: EnquiryHandled): Response {
  const { form, locale } = handled
  const token = keepRefusedForm(form)
  return redirectRefusedEnquiry(form.returnTo ?? enquirySentPath(locale), token, requestInfoOf(context).https)
}

export const POST: APIRoute = async (context) => {
  const handled = await handleEnquiryRequest(context.request, requestInfoOf(context).clientAddress, deps())
  if (!handled.wantsPage) return jsonResponse(handled.outcome)
  if (handled.outcome.kind === 'created') {
    dropRefusedForm(context.cookies.get(REFUSED_FORM_COOKIE)?.value)
    const headers = new Headers({ location: enquirySentPath(handled.locale, handled.outcome.reference), 'cache-control': 'no-store' })
    clearRefusedEnquiryCookie(headers, requestInfoOf(context).https)
    return new Response(null, { status: 303, headers })
  }
  if (handled.outcome.kind === 'tooLarge' || handled.outcome.status === 403 || handled.outcome.status === 415) {
    // Not a form our page sent (it stays far below the limit): a short page, nothing to keep.
    return new Response(`<!doctype html><meta charset="utf-8"><title>${handled.outcome.status}</title><p>${escapeMarkup(handled.form.errors.form ?? '')}</p>`, {
      status: handled.outcome.status,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  return showFormAgain(context, handled)
}
