/**
 * What the programmes journey (programmes-journey.spec.ts) uses at each step: the admin opened
 * at a viewport, picking in its select fields, waiting for a save, the admin's dates, and the phone
 * width check.
 */
import { type Browser, expect, type Page } from '@playwright/test'
import { horizontalOverflow, signInToAdmin } from './helpers'

export const PHONE = { width: 390, height: 844 }
export const DESKTOP = { width: 1366, height: 900 }

/** A date `days` from now as the admin's date fields take it: dd/mm/yyyy. */
export function dayFromNow(days: number): { typed: string; iso: string } {
  const d = new Date(Date.now() + days * 86_400_000)
  const dd = String(d.getDate()).padStart(2, '0')
  const mm = String(d.getMonth() + 1).padStart(2, '0')
  return { typed: `${dd}/${mm}/${d.getFullYear()}`, iso: `${d.getFullYear()}-${mm}-${dd}` }
}

/** Picks `option` in a react-select field of the admin (relationship or select), by typing part of it. */
export async function choose(page: Page, fieldId: string, typed: string, option: string | RegExp) {
  const field = page.locator(`#${fieldId}`)
  await field.locator('.rs__control').click()
  await field.locator('input').first().fill(typed)
  await page.locator('.rs__option').filter({ hasText: option }).first().click({ timeout: 30_000 })
  await expect(field.locator('.rs__value-container')).toContainText(option, { timeout: 10_000 })
}

export async function saved(page: Page) {
  await expect(page.locator('.toast-success, [data-type="success"]').first()).toBeVisible({ timeout: 30_000 })
}

export async function admin(browser: Browser, email: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  await signInToAdmin(page, email)
  return { context, page }
}

/** The page scrolls only up and down on the phone. */
export async function expectFitsPhone(page: Page, what: string) {
  await page.waitForLoadState('networkidle')
  const { scrollWidth, culprits } = await horizontalOverflow(page)
  expect(scrollWidth, `${what} is ${scrollWidth} px wide; too wide: ${culprits.join(', ')}`).toBeLessThanOrEqual(PHONE.width)
}
