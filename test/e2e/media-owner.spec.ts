/**
 * Whose an upload is (issue 10): staff upload a picture for a producer and say whose it is on the
 * upload form; that producer then finds it in its own library, another producer does not. Staff
 * limited to a province are offered only that province's producers.
 */
import { expect, type Page, test } from '@playwright/test'
import { auth, E2E, STAFF, signIn, signInToAdmin, saveInAdmin } from './helpers'

const PRODUCER = 'keo-khom-ben-luc@tieubieu.local'
const OTHER_PRODUCER = 'mat-ong-ba-be@tieubieu.local'
const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

test.setTimeout(180_000)
test.use({ viewport: { width: 390, height: 844 } })

async function ownerOptions(page: Page, typed: string) {
  const field = page.locator('#field-owner')
  if (!(await page.locator('.rs__menu').isVisible())) await field.locator('.rs__control').click()
  await field.locator('input').first().fill(typed)
  // Wait for the search to settle: either options or the "no options" line.
  await expect(page.locator('.rs__option, .rs__menu-notice--no-options').first()).toBeVisible({ timeout: 30_000 })
  return page.locator('.rs__option')
}

test('staff upload a picture for a producer, who then finds it in its own library', async ({ browser, page, request }) => {
  const filename = `bao-bi-keo-khom-${Date.now()}.png`
  await signInToAdmin(page, STAFF)
  await page.goto(`${E2E.cms}/admin/collections/media/create`)
  await page.locator('input[type="file"]').setInputFiles({ name: filename, mimeType: 'image/png', buffer: PNG_1x1 })
  await page.locator('#field-alt').fill('Hộp kẹo khóm bao bì mới')
  await expect(page.getByText('Thuộc cơ sở', { exact: true })).toBeVisible()
  const options = await ownerOptions(page, 'Út Hiền')
  await options.filter({ hasText: 'Kẹo khóm Út Hiền' }).first().click()
  await expect(page.locator('#field-owner .rs__value-container')).toContainText('Kẹo khóm Út Hiền')
  await page.screenshot({ path: 'test-results/media-owner-staff-phone.png', fullPage: true })
  await saveInAdmin(page, 'media')

  // The producer finds it in its library; another producer does not see it at all.
  const producerContext = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const producerPage = await producerContext.newPage()
  await signInToAdmin(producerPage, PRODUCER)
  await producerPage.goto(`${E2E.cms}/admin/collections/media`)
  await expect(producerPage.getByText(filename).first()).toBeVisible({ timeout: 30_000 })
  await producerPage.screenshot({ path: 'test-results/media-owner-producer-library-phone.png', fullPage: true })
  await producerContext.close()
  const other = await signIn(request, OTHER_PRODUCER)
  const seen = await (await request.get(`${E2E.cms}/api/media?where[filename][equals]=${filename}&depth=0`, { headers: auth(other) })).json()
  expect(seen.docs).toHaveLength(0)

  // Staff of Thành phố Hồ Chí Minh only are offered that city's producers, not Tây Ninh's.
  const scopedContext = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const scopedPage = await scopedContext.newPage()
  await signInToAdmin(scopedPage, 'staff-hcm@tieubieu.local')
  await scopedPage.goto(`${E2E.cms}/admin/collections/media/create`)
  await expect(await ownerOptions(scopedPage, 'Út Hiền')).toHaveCount(0)
  await expect((await ownerOptions(scopedPage, 'Tâm An')).filter({ hasText: 'Mật ong Tâm An' }).first()).toBeVisible()
  await scopedPage.screenshot({ path: 'test-results/media-owner-scoped-staff-phone.png', fullPage: true })
  await scopedContext.close()
})

test('a photo staff upload while editing a producer’s product becomes that producer’s', async ({ browser, page, request }) => {
  const token = await signIn(request, PRODUCER)
  const mine = await (await request.get(`${E2E.cms}/api/products?depth=0&limit=1&draft=true`, { headers: auth(token) })).json()
  const productId = mine.docs[0].id
  const filename = `anh-san-pham-${Date.now()}.png`
  await signInToAdmin(page, STAFF)
  await page.goto(`${E2E.cms}/admin/collections/products/${productId}`)
  const images = page.locator('#field-images')
  await expect(images).toBeVisible({ timeout: 30_000 })
  await images.getByRole('button', { name: 'Tạo mới' }).first().click()
  const drawer = page.locator('.drawer__content').last()
  await drawer.locator('input[type="file"]').setInputFiles({ name: filename, mimeType: 'image/png', buffer: PNG_1x1 })
  await drawer.locator('#field-alt').fill('Ảnh sản phẩm do trung tâm chụp')
  await page.screenshot({ path: 'test-results/media-owner-product-drawer-phone.png', fullPage: true })
  const uploaded = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.startsWith('/api/media'), { timeout: 60_000 })
  await drawer.getByRole('button', { name: /^Lưu$/ }).click()
  expect((await uploaded).status()).toBeLessThan(400)
  await expect(page.locator('.drawer__content')).toHaveCount(0, { timeout: 30_000 })
  await expect(images).toContainText(filename, { timeout: 30_000 })
  await saveInAdmin(page, 'products', /^Lưu bản nháp$/)

  const producerContext = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const producerPage = await producerContext.newPage()
  await signInToAdmin(producerPage, PRODUCER)
  await producerPage.goto(`${E2E.cms}/admin/collections/media`)
  await expect(producerPage.getByText(filename).first()).toBeVisible({ timeout: 30_000 })
  await producerContext.close()
})
