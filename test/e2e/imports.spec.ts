/**
 * Centre staff import the sample award list through the admin (upload → preview → confirm, with
 * progress) on a desktop and on a phone, and print showroom labels whose QR code, read from the
 * rendered page, leads to the product's public page.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, type Page, test } from '@playwright/test'
import jsQR from 'jsqr'
import sharp from 'sharp'
import { auth, DEMO_PASSWORD, E2E, STAFF, signIn } from './helpers'

const SAMPLES = 'scripts/seed/samples'

async function signInToAdmin(page: Page) {
  await page.goto(`${E2E.cms}/admin/login`)
  await page.getByLabel(/email/i).fill(STAFF)
  await page.getByLabel(/mật khẩu|password/i).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: /đăng nhập|login/i }).click()
  await page.waitForURL(`${E2E.cms}/admin`)
}

async function decodeQr(png: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data
}

test.describe('award list import in the admin', () => {
  test('should let staff preview the sample CSV and confirm it at 1366×900', async ({ page, request }) => {
    await page.setViewportSize({ width: 1366, height: 900 })
    await signInToAdmin(page)
    await page.goto(`${E2E.cms}/admin/collections/awards`)
    await page.locator('[data-import-link="awards"]').click()
    await page.waitForURL(`${E2E.cms}/admin/import/awards`)
    await expect(page.getByRole('heading', { name: 'Nhập danh sách quyết định công nhận' })).toBeVisible()
    await page.locator('input[type="file"]').setInputFiles(`${SAMPLES}/award-decisions.csv`)
    await page.getByRole('button', { name: 'Xem trước' }).click()
    const preview = page.locator('[data-import-preview]')
    await expect(preview).toBeVisible()
    await expect(page.locator('[data-filter="create"]')).toHaveText('Tạo mới: 5')
    await expect(page.locator('[data-filter="skip"]')).toHaveText('Bỏ qua: 4')
    await expect(page.locator('tr[data-line="6"]')).toContainText('Trùng với dòng 5.')
    await expect(page.locator('tr[data-line="7"]')).toContainText('Ngày "31/11/2025" không hợp lệ')
    await expect(page.locator('tr[data-line="10"]')).toContainText('Số chứng nhận LA-2024-001 đã dùng cho sản phẩm khác: Gạch tuynel 4 lỗ.')
    await page.screenshot({ path: 'test-results/import-preview-1366.png', fullPage: true })
    // Nothing is written before confirming.
    const token = await signIn(request, STAFF)
    const count = async () =>
      (await (await request.get(`${E2E.cms}/api/awards?where[certificateNumber][equals]=TN-2025-001&depth=0`, { headers: auth(token) })).json()).totalDocs
    expect(await count()).toBe(0)
    await page.locator('[data-import-confirm]').click()
    await expect(page.locator('[data-import-done]')).toContainText('Tạo 5, cập nhật 0, không đổi 1, bỏ qua 4.', { timeout: 30_000 })
    await expect(page.locator('progress')).toHaveCount(0)
    await page.screenshot({ path: 'test-results/import-done-1366.png', fullPage: true })
    expect(await count()).toBe(1)
  })

  test('should work on a phone at 390×844, with the XLSX and drafts for missing products', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await signInToAdmin(page)
    await page.goto(`${E2E.cms}/admin/import/awards`)
    await page.locator('input[type="file"]').setInputFiles(`${SAMPLES}/award-decisions.xlsx`)
    await page.getByLabel(/Tạo sản phẩm nháp/).check()
    await page.getByRole('button', { name: 'Xem trước' }).click()
    await expect(page.locator('[data-filter="create"]')).toHaveText('Tạo mới: 1')
    await expect(page.locator('tr[data-line="8"]')).toContainText('Sẽ tạo sản phẩm nháp "Bánh tráng dẻo tôm"')
    await page.locator('[data-filter="create"]').click()
    await expect(page.locator('tbody tr')).toHaveCount(1)
    await page.screenshot({ path: 'test-results/import-preview-390.png', fullPage: true })
    // The page itself never scrolls sideways; the table scrolls in its own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.locator('[data-import-confirm]').click()
    await expect(page.locator('[data-import-done]')).toContainText('Đã tạo 1 sản phẩm nháp.', { timeout: 30_000 })
    await page.screenshot({ path: 'test-results/import-done-390.png', fullPage: true })
  })

  test('should refuse a file that is not a list, in words a person understands', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 })
    await signInToAdmin(page)
    await page.goto(`${E2E.cms}/admin/import/awards`)
    await page.locator('input[type="file"]').setInputFiles({ name: 'danh-sach.csv', mimeType: 'text/csv', buffer: Buffer.from('\xff\xfeT\x00', 'latin1') })
    await page.getByRole('button', { name: 'Xem trước' }).click()
    await expect(page.locator('[data-import-error]')).toContainText('UTF-16')
    await expect(page.locator('[data-import-preview]')).toHaveCount(0)
  })
})

test.describe('showroom labels', () => {
  test('should print a label for a selected product whose QR code opens its page', async ({ page, context }) => {
    await page.setViewportSize({ width: 1366, height: 900 })
    await signInToAdmin(page)
    await page.goto(`${E2E.cms}/admin/collections/products?search=${encodeURIComponent('Kẹo khóm Bến Lức 200 g')}`)
    const row = page.locator('tbody tr', { hasText: 'Kẹo khóm Bến Lức 200 g' })
    await row.locator('input[type="checkbox"]').check()
    await expect(page.locator('[data-print-selected]')).toContainText('(1)')
    const [labels] = await Promise.all([context.waitForEvent('page'), page.locator('[data-print-selected]').click()])
    await labels.waitForLoadState()
    await labels.setViewportSize({ width: 1366, height: 900 })
    const label = labels.locator('article.label')
    await expect(label).toHaveCount(1)
    await expect(label).toContainText('Kẹo khóm Bến Lức 200 g')
    await expect(label).toContainText('Sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2023')
    await labels.screenshot({ path: 'test-results/labels-selection.png', fullPage: true })
    const url = await decodeQr(await label.locator('.qr').screenshot())
    expect(url).toBe(`${E2E.site}/san-pham/keo-khom-ben-luc-200g`)
    // Scanning it lands on the product's page, with its awards.
    const product = await context.newPage()
    await product.goto(url!)
    await expect(product.getByRole('heading', { level: 1 })).toContainText('Kẹo khóm Bến Lức 200 g')
    await expect(product.getByText(/quốc gia/i).first()).toBeVisible()
  })

  test('should print an A4 sheet of a province’s products', async ({ page, context }) => {
    await page.setViewportSize({ width: 1366, height: 900 })
    await signInToAdmin(page)
    await page.goto(`${E2E.cms}/admin/collections/products`)
    await page.locator('[data-print-province-select]').selectOption({ label: 'Tây Ninh' })
    const [sheet] = await Promise.all([context.waitForEvent('page'), page.locator('[data-print-province]').click()])
    await sheet.waitForLoadState()
    expect(await sheet.locator('article.label').count()).toBeGreaterThan(8)
    await sheet.screenshot({ path: 'test-results/labels-province.png' })
    await sheet.emulateMedia({ media: 'print' })
    await expect(sheet.locator('.bar')).toBeHidden()
  })
})

test.describe('npm run import:awards', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    promisify(execFile)('npx', ['tsx', 'scripts/import-awards.ts', ...args], { env: { ...process.env, CMS_URL: E2E.cms, ...env } }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    )

  test('should preview a list against the running admin without writing, and refuse wrong credentials', async () => {
    const dry = await cli([`${SAMPLES}/award-decisions.xlsx`, '--dry-run', '--lang=en'], { IMPORT_EMAIL: STAFF, IMPORT_PASSWORD: DEMO_PASSWORD })
    expect(dry.code).toBe(0)
    expect(dry.stdout).toMatch(/Preview: 10 rows/)
    expect(dry.stdout).toContain('Duplicate of row 5.')
    expect(dry.stdout).toContain('Dry run: nothing written.')
    const wrong = await cli([`${SAMPLES}/award-decisions.csv`, '--email', STAFF, '--password', 'wrong-password'])
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toMatch(/email|mật khẩu|password/i)
    const down = await cli([`${SAMPLES}/award-decisions.csv`, '--email', STAFF, '--password', DEMO_PASSWORD], { CMS_URL: 'http://127.0.0.1:9' })
    expect(down.code).toBe(1)
    expect(down.stderr).toContain('npm start')
  })
})
