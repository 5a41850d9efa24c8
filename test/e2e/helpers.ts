/** Shared helpers for the browser tests: demo accounts, signing in, saving in the admin, the mail the admin sends. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test'
import { E2E } from '../../playwright.config'

export const DEMO_PASSWORD = 'demo1234'
export const STAFF = 'staff@tieubieu.local'

export async function signIn(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await request.post(`${E2E.cms}/api/users/login`, { data: { email, password } })
  if (!res.ok()) throw new Error(`login as ${email} failed: ${res.status()} ${await res.text()}`)
  return (await res.json()).token
}

export const auth = (token: string) => ({ Authorization: `JWT ${token}` })
export { E2E }

/** Signs in to the admin through its login form, as a person does. */
export async function signInToAdmin(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${E2E.cms}/admin/login`)
  await page.getByLabel(/email/i).fill(email)
  await page.getByLabel(/mật khẩu|password/i).fill(password)
  await page.getByRole('button', { name: /đăng nhập|login/i }).click()
  await page.waitForURL(`${E2E.cms}/admin`)
}

/**
 * Presses the admin's save button and waits for the server's answer to that save, then for the
 * success toast. Waiting on the toast alone failed once in CI with no clue why: the response
 * status and body now say what the server did, and a busy machine gets the time it needs.
 */
export async function saveInAdmin(page: Page, collection: string, button: RegExp = /^Lưu$/) {
  const saved = page.waitForResponse((response) => response.request().method() !== 'GET' && new URL(response.url()).pathname.startsWith(`/api/${collection}`), {
    timeout: 60_000,
  })
  const save = page.getByRole('button', { name: button })
  await expect(save, 'the save button stayed disabled: the form does not know it was changed').toBeEnabled({ timeout: 30_000 })
  await save.click()
  const response = await saved
  expect(response.status(), await response.text()).toBeLessThan(400)
  await expect(page.locator('.toast-success, [data-type="success"]').first()).toBeVisible({ timeout: 30_000 })
}

/**
 * Types into a field of a saved document's form until the form knows it changed (its save button
 * wakes up). On a busy machine the page can show the field before React has hydrated it: text typed
 * then stays on screen, but the form never hears of it and Save stays disabled. CI hit exactly
 * that once; a person would type again, and so does this.
 */
export async function fillInAdmin(page: Page, field: Locator, value: string, saveButton: RegExp = /^Lưu$/) {
  await expect(async () => {
    await field.fill('')
    await field.fill(value)
    await expect(field).toHaveValue(value)
    await expect(page.getByRole('button', { name: saveButton })).toBeEnabled({ timeout: 3_000 })
  }).toPass({ timeout: 60_000 })
}

/**
 * How far the page scrolls sideways, and the elements that stick out past the right edge of the
 * screen (the outermost few, by class), so a failure names what is too wide.
 */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; width: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const culprits: string[] = []
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.right <= width + 1) continue
      if (el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1) continue
      culprits.push(`${el.tagName.toLowerCase()}.${String(el.className).trim().split(/\s+/).slice(0, 3).join('.')} → ${Math.round(r.right)}px`)
      if (culprits.length >= 8) break
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits }
  })
}

/** Where the admin's job runner writes mail in the browser tests (playwright.config.ts). */
export const MAIL_DIR = path.resolve('data/e2e/mail')
export type MailFile = { subject: string; text: string; html?: string; to: unknown; replyTo?: unknown }

/**
 * The newest mail whose subject holds `subjectPart` (and, when given, whose recipients hold `to`),
 * waited for: the job runner sends every few seconds, later on a busy machine.
 */
export async function mailWith(subjectPart: string, to?: string): Promise<MailFile> {
  let found: MailFile | undefined
  await expect
    .poll(
      () => {
        if (!existsSync(MAIL_DIR)) return undefined
        for (const file of readdirSync(MAIL_DIR)) {
          const mail = JSON.parse(readFileSync(path.join(MAIL_DIR, file), 'utf8')) as MailFile
          if (String(mail.subject).includes(subjectPart) && (!to || JSON.stringify(mail.to).includes(to))) found = mail
        }
        return found?.subject
      },
      { timeout: 60_000, intervals: [500], message: `a mail whose subject holds "${subjectPart}"${to ? ` to ${to}` : ''}` },
    )
    .toBeTruthy()
  return found as MailFile
}
