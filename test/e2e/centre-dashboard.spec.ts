/**
 * A province's staff member opens the admin on a phone and finds the centre's figures first:
 * their provinces named, what waits (changes to review), and each figure leading to its list.
 * National staff on a desktop see the whole country's figures, larger than the province's.
 */
import { expect, test } from '@playwright/test'
import { horizontalOverflow, signInToAdmin, STAFF } from './helpers'

test.use({ locale: 'vi-VN' })
test.setTimeout(240_000)

const figure = (page: import('@playwright/test').Page, name: string) => page.locator(`[data-centre-figure="${name}"] strong`)

test('should show a province’s staff their figures first, on a phone, each leading to its list', async ({ page, browser }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await signInToAdmin(page, 'staff-hcm@tieubieu.local')
  const dashboard = page.locator('[data-centre-dashboard]')
  await expect(dashboard).toBeVisible({ timeout: 60_000 })
  await expect(page.locator('[data-centre-scope]')).toContainText('Hồ Chí Minh')
  const { scrollWidth } = await horizontalOverflow(page)
  expect(scrollWidth).toBeLessThanOrEqual(390)
  await page.screenshot({ path: 'test-results/centre-dashboard-phone.png', fullPage: true })
  const provinceProducts = Number(await figure(page, 'products-published').textContent())
  expect(provinceProducts).toBeGreaterThan(0)

  // The whole country, for national staff on a desktop: more products than one province holds.
  const desk = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' })
  await signInToAdmin(desk, STAFF)
  await expect(desk.locator('[data-centre-scope]')).toContainText('cả nước')
  expect(Number(await figure(desk, 'products-published').textContent())).toBeGreaterThan(provinceProducts)
  // The overdue figure opens the very enquiries it counted (the same rule, not a copy of it);
  // the demo holds overdue enquiries, so the list is not empty.
  const overdue = Number(await figure(desk, 'enquiries-overdue').textContent())
  expect(overdue).toBeGreaterThan(0)
  await desk.locator('[data-centre-figure="enquiries-overdue"]').click()
  await expect(desk).toHaveURL(/collections\/enquiries\?where/)
  await expect(desk.locator('.table tbody tr')).toHaveCount(Math.min(overdue, 10), { timeout: 60_000 })
  await desk.close()

  // A figure is a link to the list it counts.
  await page.locator('[data-centre-figure="products-published"]').click()
  await expect(page).toHaveURL(/collections\/products\?where/)
  await expect(page.locator('.collection-list, .table').first()).toBeVisible({ timeout: 60_000 })
})
