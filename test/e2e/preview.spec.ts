/**
 * A producer previews its unpublished changes on the showroom before sending them for review: on a
 * phone from the product's edit page (Payload's preview button), on a desktop from its home. The
 * preview shows the draft under a banner; the public page keeps the published text; a tampered
 * link is refused.
 */
import { expect, test } from '@playwright/test'
import { auth, E2E, horizontalOverflow, signIn, signInToAdmin } from './helpers'

// A demo producer no other browser test edits, so its draft disturbs nothing else.
const PRODUCER = 'mat-ong-ba-be@tieubieu.local'
test.setTimeout(240_000)
test.use({ locale: 'vi-VN' })

test('should show a producer its draft product on the showroom, marked as a preview, while buyers still see the published one', async ({ page, request }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const token = await signIn(request, PRODUCER)
  const me = (await (await request.get(`${E2E.cms}/api/users/me?depth=0`, { headers: auth(token) })).json()).user
  const found = await request.get(`${E2E.cms}/api/products?depth=0&limit=1&locale=vi&where[producer][equals]=${me.producer}&where[_status][equals]=published`, {
    headers: auth(token),
  })
  const [product] = (await found.json()).docs
  const draftName = `${product.name} (bản mới chưa đăng)`
  const saved = await request.patch(`${E2E.cms}/api/products/${product.id}?draft=true&locale=vi`, { headers: auth(token), data: { name: draftName } })
  expect(saved.status()).toBe(200)

  await signInToAdmin(page, PRODUCER)
  await page.goto(`${E2E.cms}/admin/collections/products/${product.id}`)
  const button = page.locator('#preview-button')
  await expect(button).toBeVisible({ timeout: 60_000 })
  const [preview] = await Promise.all([page.waitForEvent('popup'), button.click()])
  // A new tab opens at the browser's default size: read it as the phone it was opened on.
  await preview.setViewportSize({ width: 390, height: 844 })
  await expect(preview.locator('[data-preview-banner]')).toBeVisible({ timeout: 60_000 })
  await expect(preview.locator('h1')).toHaveText(draftName)
  expect((await horizontalOverflow(preview)).scrollWidth).toBeLessThanOrEqual(390)
  await preview.screenshot({ path: 'test-results/preview-product-phone.png', fullPage: true })

  // The link is the producer's alone: never cached by a shared cache, never indexed.
  const previewed = await request.get(preview.url())
  expect(previewed.headers()['cache-control']).toBe('private, no-store')
  expect(previewed.headers()['x-robots-tag']).toContain('noindex')
  // Buyers still see the published product.
  const published = await (await request.get(`${E2E.site}/san-pham/${product.slug}`)).text()
  expect(published).toContain(product.name)
  expect(published).not.toContain(draftName)
  // A link changed by hand (another product, a forged signature) shows nothing of the draft.
  const forged = new URL(preview.url())
  forged.searchParams.set('sig', `${forged.searchParams.get('sig')!.slice(0, -2)}xx`)
  const refused = await request.get(forged.toString())
  expect(refused.status()).toBe(403)
  const refusedText = await refused.text()
  expect(refusedText).toContain('Liên kết xem trước không đúng')
  expect(refusedText).not.toContain(draftName)
})

test('should open the producer’s own page with its unpublished changes from its home, on a desktop', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await signInToAdmin(page, PRODUCER)
  const link = page.locator('[data-home-link="preview-draft"]')
  await expect(link).toBeVisible({ timeout: 60_000 })
  const [preview] = await Promise.all([page.waitForEvent('popup'), link.click()])
  await expect(preview.locator('[data-preview-banner]')).toContainText('Bản xem trước')
  await expect(preview.locator('h1')).toContainText('Mật ong')
  await preview.screenshot({ path: 'test-results/preview-brand-desktop.png' })
})
