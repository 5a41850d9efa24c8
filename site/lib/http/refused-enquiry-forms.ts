/**
 * What a buyer typed into an enquiry form that was refused without JavaScript, kept for a short
 * while so the 303 back to their page can show it again (with the messages). Kept in this
 * process's memory under a random token that only the buyer's own cookie carries: nothing typed
 * travels in the address, and a cookie could not hold a long message. A restart or a second
 * instance simply shows the form empty, with nothing posted twice.
 */
import { randomBytes } from 'node:crypto'
import type { FormState } from '../../../cms/enquiries/handle-enquiry-request'

export const REFUSED_FORM_COOKIE = 'tb_enquiry_form'
export const REFUSED_FORM_SECONDS = 15 * 60
const MAX_KEPT = 500

const kept = new Map<string, { form: FormState; until: number }>()

/** Keeps the form and returns its token; the oldest go first past MAX_KEPT. */
export function keepRefusedForm(form: FormState, now = Date.now()): string {
  const token = randomBytes(18).toString('base64url')
  kept.set(token, { form, until: now + REFUSED_FORM_SECONDS * 1000 })
  for (const [old, entry] of kept) {
    if (kept.size <= MAX_KEPT && entry.until > now) break
    kept.delete(old)
  }
  return token
}

/** The kept form for a token, while it lasts (a reload shows it again). */
export function readRefusedForm(token: string | undefined, now = Date.now()): FormState | undefined {
  if (!token) return undefined
  const entry = kept.get(token)
  if (!entry) return undefined
  if (entry.until <= now) {
    kept.delete(token)
    return undefined
  }
  return entry.form
}

/** Forgets a form once its enquiry went through. */
export function dropRefusedForm(token: string | undefined): void {
  if (token) kept.delete(token)
}
