/**
 * The producer's workspace in the admin, as a demo producer would use it on a phone and on a
 * desktop: open and edit an own product, read the forms in Vietnamese, type dates the Vietnamese
 * way, and be told in Vietnamese why a file was refused. Staff (national and province-scoped)
 * open the same pages, to be sure the producer's fixes broke nothing for them.
 */
import { expect, type Page, test } from '@playwright/test'
import { auth, DEMO_PASSWORD, E2E, fillInAdmin, STAFF, signIn, saveInAdmin } from './helpers'

const PRODUCER = 'keo-khom-ben-luc@tieubieu.local'
const STAFF_HCM = 'staff-hcm@tieubieu.local'
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
] as const

/** Signs in through the login form, as a person does (it also shows the login page works). */
async function signInToAdmin(page: Page, email: string) {
  await page.goto(`${E2E.cms}/admin/login`)
  await page.getByLabel(/email/i).fill(email)
  await page.getByLabel(/mật khẩu|password/i).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: /đăng nhập|login/i }).click()
  await page.waitForURL(`${E2E.cms}/admin`)
}

/** The page must be no wider than the screen, on a phone too, once everything on it has loaded. */
async function noHorizontalScroll(page: Page) {
  await page.waitForLoadState('networkidle')
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }))
  expect(scroll, 'the page is no wider than the screen').toBeLessThanOrEqual(width)
}

type Doc = { id: number; name?: string; producer?: number; _status?: string }

/** The products a user may edit: a producer's own, or those of a scoped staff member's provinces. */
async function ownProducts(request: Parameters<typeof signIn>[0], email: string): Promise<Doc[]> {
  const token = await signIn(request, email)
  const me = (await (await request.get(`${E2E.cms}/api/users/me?depth=0`, { headers: auth(token) })).json()).user
  const scope = (me.provinces ?? []).map((p: number | { id: number }) => (typeof p === 'object' ? p.id : p))
  const inScope = scope.length ? `&where[province][in]=${scope.join(',')}` : ''
  const res = await request.get(`${E2E.cms}/api/products?draft=true&depth=0&limit=50&sort=id${inScope}`, { headers: auth(token) })
  return (await res.json()).docs
}

// The admin pages compile their first render on demand and the test machine is shared: be patient.
test.setTimeout(180_000)

const formRendered = (page: Page) => expect(page.locator('#field-name')).toBeVisible({ timeout: 30_000 })

for (const size of SIZES) {
  test.describe(`a producer at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } })

    test('should open an own product, edit it and save a draft, in Vietnamese', async ({ page, request }) => {
      const [product] = await ownProducts(request, PRODUCER)
      await signInToAdmin(page, PRODUCER)
      await page.goto(`${E2E.cms}/admin/collections/products/${product.id}`)
      await formRendered(page)
      await expect(page.getByText('Tên sản phẩm', { exact: false }).first()).toBeVisible()
      // Nothing that only restates who the producer is: its own name, its province, itself as last editor.
      for (const field of ['producer', 'province', 'updatedBy']) await expect(page.locator(`#field-${field}`)).toHaveCount(0)
      // The showroom's own icon in the browser tab, not Payload's.
      await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg')
      // The form comes in tabs, one short part at a time; the price is under its own.
      await page.getByRole('button', { name: 'Thông số, giá' }).click()
      await expect(page.getByText('Giá thấp nhất')).toBeVisible()
      await expect(page.getByText('Đơn vị tiền')).toBeVisible()
      await page.getByRole('button', { name: 'Giới thiệu' }).click()
      // No developer's tab, no raw words.
      await expect(page.getByRole('link', { name: 'API', exact: true })).toHaveCount(0)
      await expect(page.getByText(/Đường dẫn \(slug\)|^Min$|^Max$|^Currency$/)).toHaveCount(0)
      // Its pictures are its own: shown by name and thumbnail, not "Chưa có tiêu đề – ID: 34".
      await expect(page.getByText(/^seed-.+\.webp$/).first()).toBeVisible({ timeout: 20_000 })
      await expect(page.getByText(/Chưa có tiêu đề|Untitled/)).toHaveCount(0)
      const summary = `Sửa từ trình duyệt ${size.name} ${Date.now()}`
      await fillInAdmin(page, page.locator('#field-summary'), summary, /^Lưu bản nháp$/)
      await saveInAdmin(page, 'products', /^Lưu bản nháp$/)
      await noHorizontalScroll(page)
      await page.screenshot({ path: `test-results/producer-product-${size.name}.png`, fullPage: true })
      const token = await signIn(request, PRODUCER)
      const saved = await (await request.get(`${E2E.cms}/api/products/${product.id}?draft=true&depth=0`, { headers: auth(token) })).json()
      expect(saved.summary).toBe(summary)
    })

    test('should show dates as dd/mm/yyyy, store 25/12/2026 as 25 December and title certificates by content', async ({ page, request }) => {
      const token = await signIn(request, PRODUCER)
      const me = await (await request.get(`${E2E.cms}/api/users/me`, { headers: auth(token) })).json()
      const producerId = typeof me.user.producer === 'object' ? me.user.producer.id : me.user.producer
      // Start from another date than the one typed below: the other screen size may have saved it
      // already, and an unchanged form keeps "Lưu bản nháp" disabled.
      const page0 = await (await request.get(`${E2E.cms}/api/producers/${producerId}?draft=true&depth=0`, { headers: auth(token) })).json()
      const reset = await request.patch(`${E2E.cms}/api/producers/${producerId}?draft=true`, {
        headers: auth(token),
        data: { certifications: page0.certifications.map((c: object, i: number) => (i === 0 ? { ...c, validUntil: '2029-06-30T00:00:00.000Z' } : c)) },
      })
      expect(reset.status()).toBe(200)
      await signInToAdmin(page, PRODUCER)
      await page.goto(`${E2E.cms}/admin/collections/producers/${producerId}`)
      await expect(page.locator('#field-brandName')).toBeVisible({ timeout: 30_000 })
      // Array rows say what they hold, not "Certification 01".
      await expect(page.getByText(/^OCOP \d sao · (đến|hết hạn) \d\d\/\d{4}$/).first()).toBeVisible()
      await expect(page.getByText(/Certification 0\d|Chứng nhận 0\d|Support 0\d/)).toHaveCount(0)
      await expect(page.getByText(/^\d{4} · /).first()).toBeVisible()
      // The logo is the producer's own picture, by name.
      await expect(page.getByText(/^seed-.+\.webp$/).first()).toBeVisible({ timeout: 20_000 })
      await expect(page.getByText(/Chưa có tiêu đề|Untitled/)).toHaveCount(0)
      const validUntil = page.locator('#field-certifications__0__validUntil input, [id="field-certifications__0__validUntil"] input').first()
      await expect(validUntil).toHaveValue(/^\d\d\/\d\d\/\d{4}$/)
      await noHorizontalScroll(page)
      await page.screenshot({ path: `test-results/producer-page-${size.name}.png`, fullPage: true })
      await validUntil.fill('25/12/2026')
      await validUntil.press('Enter')
      await saveInAdmin(page, 'producers', /^Lưu bản nháp$/)
      const saved = await (await request.get(`${E2E.cms}/api/producers/${producerId}?draft=true&depth=0`, { headers: auth(token) })).json()
      const stored = new Date(saved.certifications[0].validUntil)
      expect([stored.getUTCDate(), stored.getUTCMonth() + 1, stored.getUTCFullYear()]).toEqual([25, 12, 2026])
    })

    test('should say in Vietnamese why a file that is not a picture was refused', async ({ page }) => {
      await signInToAdmin(page, PRODUCER)
      await page.goto(`${E2E.cms}/admin/collections/media/create`)
      await page
        .locator('input[type=file]')
        .first()
        .setInputFiles({ name: 'bang-gia.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') })
      await page.getByRole('button', { name: /^Lưu$/ }).click()
      await expect(page.getByText('Tệp "bang-gia.png" không phải ảnh hay PDF hợp lệ', { exact: false }).first()).toBeVisible({ timeout: 20_000 })
      await expect(page.getByText('An unknown error occurred')).toHaveCount(0)
      await page.screenshot({ path: `test-results/producer-upload-refused-${size.name}.png` })
    })

    test('should list enquiries with their status and reply deadline on screen', async ({ page }) => {
      await signInToAdmin(page, PRODUCER)
      await page.goto(`${E2E.cms}/admin/collections/enquiries`)
      // The producer's own figures sit above the list in a table of their own.
      const header = page.locator('table thead').filter({ hasText: 'Trạng thái' })
      await expect(header).toBeVisible({ timeout: 30_000 })
      for (const column of ['Trạng thái', 'Hạn phản hồi']) {
        const box = await header.getByText(column).first().boundingBox()
        expect(box, `${column} is shown`).not.toBeNull()
        expect((box?.x ?? 0) + (box?.width ?? 0), `${column} fits the screen`).toBeLessThanOrEqual(size.width)
      }
      await page.screenshot({ path: `test-results/producer-enquiries-${size.name}.png` })
      const first = page.locator('table tbody tr a').first()
      if ((await first.count()) > 0) {
        await first.click()
        await expect(page.locator('#field-message, [id="field-message"]').first()).toBeVisible({ timeout: 30_000 })
        await noHorizontalScroll(page)
        await page.screenshot({ path: `test-results/producer-enquiry-${size.name}.png`, fullPage: true })
      }
    })
  })
}

test('should let a producer drop its unreviewed draft of a published product, in every language', async ({ page, request }) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  const token = await signIn(request, PRODUCER)
  // Not the first product, which the other journeys edit.
  const product = (await ownProducts(request, PRODUCER)).slice(1).find((p) => p._status === 'published')
  if (!product) throw new Error('the demo producer has no second published product')
  const url = (locale: string, draft: boolean) => `${E2E.cms}/api/products/${product.id}?locale=${locale}&depth=0&draft=${draft}`
  const published = { vi: (await (await request.get(url('vi', false))).json()).summary, en: (await (await request.get(url('en', false))).json()).summary }
  for (const locale of ['vi', 'en']) {
    const res = await request.patch(url(locale, true), { headers: auth(token), data: { summary: `Bản nháp ${locale} ${Date.now()}` } })
    expect(res.status(), `draft saved in ${locale}`).toBe(200)
  }
  await signInToAdmin(page, PRODUCER)
  await page.goto(`${E2E.cms}/admin/collections/products/${product.id}`)
  await formRendered(page)
  await expect(page.locator('.status')).toContainText('Đã thay đổi')
  await page.locator('#action-revert-to-published').click()
  await page.getByRole('button', { name: /Xác nhận/ }).click()
  await expect(page.getByText('Đã quay về bản đang hiện trên trang.')).toBeVisible({ timeout: 20_000 })
  await expect(page.locator('#field-summary')).toHaveValue(published.vi)
  await expect(page.locator('.status')).toContainText('Đã xuất bản')
  await page.screenshot({ path: 'test-results/producer-reverted.png' })
  for (const locale of ['vi', 'en'] as const) {
    const latest = await (await request.get(url(locale, true), { headers: auth(token) })).json()
    expect(latest.summary, `the ${locale} draft is gone`).toBe(published[locale])
  }
})

for (const email of [STAFF, STAFF_HCM]) {
  test(`should still let ${email} open and save a product in scope`, async ({ page, request }) => {
    await page.setViewportSize({ width: 1366, height: 900 })
    const [product] = await ownProducts(request, email)
    await signInToAdmin(page, email)
    await page.goto(`${E2E.cms}/admin/collections/products/${product.id}`)
    await formRendered(page)
    // Staff see whose product it is, where, and who saved it last; a producer's form leaves these out.
    for (const field of ['producer', 'province', 'updatedBy']) await expect(page.locator(`#field-${field}`)).toHaveCount(1)
    await fillInAdmin(page, page.locator('#field-summary'), `Kiểm tra của trung tâm ${Date.now()}`, /^Lưu bản nháp$/)
    await saveInAdmin(page, 'products', /^Lưu bản nháp$/)
    await page.goto(`${E2E.cms}/admin/collections/products/${product.id}/versions`)
    await expect(page.locator('table tbody tr').first()).toBeVisible({ timeout: 30_000 })
    await page.screenshot({ path: `test-results/staff-product-${email.split('@')[0]}.png` })
  })
}
