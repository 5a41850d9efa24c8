/**
 * Producers' changes are reviewed (issue 11), end to end on the demo showroom: a producer on a
 * phone changes its product's description, saves a draft and submits it; the public page keeps the
 * old text; centre staff on a desktop open the pending review, read the diff and approve; the
 * public product page then shows the new text.
 */
import { type Browser, expect, type Page, test } from '@playwright/test'
import { auth, DEMO_PASSWORD, E2E, STAFF, signIn, saveInAdmin } from './helpers'

const PRODUCER = 'keo-khom-ben-luc@tieubieu.local'
const PRODUCT_SLUG = 'keo-khom-ben-luc-200g'
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1366, height: 900 }

// The admin pages compile their first render on demand and the test machine is shared: be patient.
test.setTimeout(300_000)

async function adminAs(browser: Browser, email: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' })
  const page = await context.newPage()
  await page.goto(`${E2E.cms}/admin/login`)
  await page.getByLabel(/email/i).fill(email)
  await page.getByLabel(/mật khẩu|password/i).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: /đăng nhập|login/i }).click()
  await page.waitForURL(`${E2E.cms}/admin`)
  return page
}

test('should publish a producer’s new description only once staff approve it', async ({ browser, page, request }) => {
  const found = await (await request.get(`${E2E.cms}/api/products?where[slug][equals]=${PRODUCT_SLUG}&depth=0`)).json()
  const product = found.docs[0] as { id: number }
  const text = `Kẹo khóm Bến Lức, mẻ mới ${Date.now()}`

  // The producer, on a phone: edit the description, save a draft, submit it.
  const producer = await adminAs(browser, PRODUCER, PHONE)
  await producer.goto(`${E2E.cms}/admin/collections/products/${product.id}`)
  await expect(producer.locator('#field-name')).toBeVisible({ timeout: 60_000 })
  // The description has its own tab: the form shows one part at a time.
  await producer.getByRole('button', { name: 'Mô tả', exact: true }).click()
  const editor = producer.locator('.field-type.rich-text-lexical [contenteditable="true"]').first()
  await editor.click()
  await producer.keyboard.press('ControlOrMeta+A')
  await producer.keyboard.type(text)
  // A producer has no Publish: "Gửi duyệt" in its place saves the draft and submits it.
  // (exact: Payload's own "Quay về trạng thái đã xuất bản" may stay, it only drops the draft.)
  await expect(producer.getByRole('button', { name: 'Xuất bản', exact: true })).toHaveCount(0)
  await expect(producer.locator('#action-submit-for-review')).toHaveText('Gửi duyệt')
  await producer.locator('#action-submit-for-review').click()
  await expect(producer.getByText('Đã gửi duyệt', { exact: false }).first()).toBeVisible({ timeout: 30_000 })
  await expect(producer.locator('[data-submit-for-review] [data-review-status="pending"]')).toBeVisible({ timeout: 30_000 })
  // Sent: nothing new to send until the producer edits again.
  await expect(producer.locator('#action-submit-for-review')).toBeDisabled()
  await producer.screenshot({ path: 'test-results/review-producer-submitted-phone.png', fullPage: true })

  // Not public yet.
  await page.goto(`${E2E.site}/san-pham/${PRODUCT_SLUG}`)
  await expect(page.locator('main')).not.toContainText(text)

  // Staff, on a desktop: the pending review, its diff, approval.
  const staff = await adminAs(browser, STAFF, DESKTOP)
  await staff.goto(`${E2E.cms}/admin/collections/reviews?where[product][equals]=${product.id}&where[status][equals]=pending`)
  await staff.locator('table tbody tr').first().locator('a').first().click()
  const diff = staff.locator('[data-review-diff]')
  await expect(diff).toBeVisible({ timeout: 60_000 })
  await expect(diff.locator('[data-diff-field="description.vi"]')).toContainText('Mô tả (VI)')
  await expect(diff.locator('[data-diff-field="description.vi"] [data-diff="to"]')).toContainText(text)
  await staff.screenshot({ path: 'test-results/review-staff-diff-desktop.png', fullPage: true })
  await staff.locator('#field-status').click()
  await staff.getByRole('option', { name: 'Đã duyệt' }).click()
  await saveInAdmin(staff, 'reviews')

  // Public now.
  await page.goto(`${E2E.site}/san-pham/${PRODUCT_SLUG}`)
  await expect(page.locator('main')).toContainText(text)
  await page.screenshot({ path: 'test-results/review-public-product.png', fullPage: true })
})

test('should label a certificate the centre has not checked as not verified, in both languages', async ({ page, request }) => {
  const token = await signIn(request, STAFF)
  const found = await (await request.get(`${E2E.cms}/api/products?where[slug][equals]=${PRODUCT_SLUG}&depth=0`, { headers: auth(token) })).json()
  const product = found.docs[0] as { id: number; certifications?: unknown[] }
  const original = product.certifications ?? []
  try {
    const claim = { kind: 'haccp', number: 'HACCP-E2E-01', verified: false }
    const res = await request.patch(`${E2E.cms}/api/products/${product.id}`, {
      headers: auth(token),
      data: { certifications: [...original, claim], _status: 'published' },
    })
    expect(res.status()).toBe(200)
    await page.goto(`${E2E.site}/san-pham/${PRODUCT_SLUG}`)
    const row = page.locator('.certs li', { hasText: 'HACCP' })
    await expect(row.locator('[data-claim="unverified"]')).toHaveText('Chưa xác minh')
    await page.screenshot({ path: 'test-results/review-unverified-claim.png', fullPage: true })
    await page.goto(`${E2E.site}/en/products/${PRODUCT_SLUG}`)
    await expect(page.locator('.certs li', { hasText: 'HACCP' }).locator('[data-claim="unverified"]')).toHaveText('Not verified')
    // The demo's own certificates count as checked by the centre: no label on them.
    await expect(page.locator('.certs li', { hasText: 'OCOP' }).locator('[data-claim="unverified"]')).toHaveCount(0)
  } finally {
    await request.patch(`${E2E.cms}/api/products/${product.id}`, { headers: auth(token), data: { certifications: original, _status: 'published' } })
  }
})
