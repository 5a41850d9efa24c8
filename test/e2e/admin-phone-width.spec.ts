/**
 * The admin on a phone (390×844) scrolls only up and down: the header (menu button, breadcrumbs,
 * content language, account) and the pages a producer and a province's staff use every day fit the
 * screen. The page is measured once it has settled, and again after a moment, so a late-loading
 * field or toast that widens it is caught too.
 */
import { expect, type Page, test } from '@playwright/test'
import { auth, E2E, horizontalOverflow, signIn, signInToAdmin } from './helpers'

const PHONE = { width: 390, height: 844 }
const ACCOUNTS = [
  { who: 'producer', email: 'keo-khom-ben-luc@tieubieu.local' },
  { who: 'province staff', email: 'staff-hcm@tieubieu.local' },
] as const

test.use({ viewport: PHONE, locale: 'vi-VN' })
// The admin pages compile their first render on demand and the test machine is shared: be patient.
test.setTimeout(240_000)

/** A product the account may edit: a producer's own, or one of a scoped staff member's provinces. */
async function editableProduct(request: Parameters<typeof signIn>[0], email: string): Promise<number> {
  const token = await signIn(request, email)
  const me = (await (await request.get(`${E2E.cms}/api/users/me?depth=0`, { headers: auth(token) })).json()).user
  const scope = (me.provinces ?? []).map((p: number | { id: number }) => (typeof p === 'object' ? p.id : p))
  const inScope = scope.length ? `&where[province][in]=${scope.join(',')}` : ''
  const res = await request.get(`${E2E.cms}/api/products?draft=true&depth=0&limit=1&sort=id${inScope}`, { headers: auth(token) })
  const [product] = (await res.json()).docs
  if (!product) throw new Error(`${email} has no product to edit`)
  return product.id
}

async function expectNoSidewaysScroll(page: Page, name: string) {
  await page.waitForLoadState('networkidle')
  await expect(page.locator('.app-header')).toBeVisible()
  for (const moment of ['settled', 'a moment later']) {
    // Polled, because a loading placeholder may stick out for a frame before the field it stands for
    // renders; what must hold is that the page comes to fit, and still fits a moment later.
    let last = { scrollWidth: 0, width: 0, culprits: [] as string[] }
    await expect
      .poll(
        async () => {
          last = await horizontalOverflow(page)
          return last.scrollWidth
        },
        { message: `${name} (${moment}) is too wide at ${PHONE.width}`, timeout: 10_000 },
      )
      .toBeLessThanOrEqual(PHONE.width)
      .catch((error: Error) => {
        throw new Error(`${name} (${moment}) is ${last.scrollWidth} px wide at ${last.width}; too wide: ${last.culprits.join(', ')}`, { cause: error })
      })
    await page.waitForTimeout(1_500)
  }
  await page.screenshot({ path: `test-results/admin-phone-${name}.png` })
}

for (const { who, email } of ACCOUNTS) {
  test(`should fit the admin pages of a ${who} on a 390 px phone`, async ({ page, request }) => {
    const slug = who.replace(/\s+/g, '-')
    const product = await editableProduct(request, email)
    await signInToAdmin(page, email)
    await expectNoSidewaysScroll(page, `${slug}-home`)
    await page.goto(`${E2E.cms}/admin/collections/products/${product}`)
    await expect(page.locator('#field-name')).toBeVisible({ timeout: 60_000 })
    await expectNoSidewaysScroll(page, `${slug}-product`)
    // Every control names itself in words: a collection's name once reached screen readers as "[object Object]".
    await expect(page.locator('[aria-label*="object Object"], [title*="object Object"]')).toHaveCount(0)
    // Its pictures' library, opened from the images field, fits too.
    await page.getByRole('button', { name: 'Chọn từ thư viện' }).first().click()
    await expect(page.locator('.list-drawer')).toBeVisible({ timeout: 30_000 })
    await expectNoSidewaysScroll(page, `${slug}-product-library`)
    await page.goto(`${E2E.cms}/admin/collections/enquiries`)
    await expect(page.locator('.collection-list')).toBeVisible({ timeout: 60_000 })
    await expectNoSidewaysScroll(page, `${slug}-enquiries`)
    // And one enquiry, opened from the list (its message, contact links and reply).
    const enquiry = page.locator('table tbody tr a').first()
    if ((await enquiry.count()) > 0) {
      await page.goto(String(new URL((await enquiry.getAttribute('href')) ?? '', E2E.cms)))
      await expect(page.locator('#field-message')).toBeVisible({ timeout: 60_000 })
      await expectNoSidewaysScroll(page, `${slug}-enquiry`)
    }
    await page.goto(`${E2E.cms}/admin/collections/exhibitor-requests`)
    await expect(page.locator('.collection-list')).toBeVisible({ timeout: 60_000 })
    await expectNoSidewaysScroll(page, `${slug}-exhibitor-requests`)
  })
}
