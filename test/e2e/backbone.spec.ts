/**
 * The backbone as a person meets it: staff sign in to the admin and find every collection, the
 * API answers with the demo data, a producer is refused another producer's product, and the
 * public home page lists award-winning products.
 */
import { expect, test } from '@playwright/test'
import { auth, DEMO_PASSWORD, E2E, signIn, STAFF } from './helpers'

test.describe('the admin', () => {
  test('should let staff sign in and see every collection, in Vietnamese', async ({ page }) => {
    await page.goto(`${E2E.cms}/admin/login`)
    await page.getByLabel(/email/i).fill(STAFF)
    await page.getByLabel(/mật khẩu|password/i).fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: /đăng nhập|login/i }).click()
    await page.waitForURL(`${E2E.cms}/admin`)
    const nav = page.locator('nav')
    for (const label of [
      'Cơ sở sản xuất',
      'Sản phẩm',
      'Giải thưởng',
      'Hội chợ, triển lãm',
      'Yêu cầu báo giá',
      'Nhóm sản phẩm',
      'Tỉnh/thành',
      'Thư viện',
      'Tài khoản',
    ]) {
      await expect(nav.getByText(label, { exact: true }).first()).toBeVisible()
    }
    await page.screenshot({ path: 'test-results/admin-dashboard-staff.png', fullPage: true })
  })
})

test.describe('the REST API', () => {
  test('should give staff at least 150 products and the 34 provinces', async ({ request }) => {
    const token = await signIn(request, STAFF)
    const products = await (await request.get(`${E2E.cms}/api/products?limit=1`, { headers: auth(token) })).json()
    expect(products.totalDocs).toBeGreaterThanOrEqual(150)
    const provinces = await (await request.get(`${E2E.cms}/api/provinces?limit=0`, { headers: auth(token) })).json()
    expect(provinces.totalDocs).toBe(34)
  })

  test("should answer 403 when a producer edits another producer's product", async ({ request }) => {
    const token = await signIn(request, STAFF)
    const producers = await (await request.get(`${E2E.cms}/api/producers?limit=2&depth=0&sort=slug`, { headers: auth(token) })).json()
    const [a, b] = producers.docs
    const theirs = await (await request.get(`${E2E.cms}/api/products?limit=1&depth=0&where[producer][equals]=${b.id}`, { headers: auth(token) })).json()
    const producerToken = await signIn(request, `${a.slug}@tieubieu.local`)
    const res = await request.patch(`${E2E.cms}/api/products/${theirs.docs[0].id}`, { headers: auth(producerToken), data: { summary: 'hijacked' } })
    expect(res.status()).toBe(403)
    const mine = await (await request.get(`${E2E.cms}/api/products?limit=1&depth=0&where[producer][equals]=${a.id}`, { headers: auth(producerToken) })).json()
    // Its own product it edits as a draft for the centre's review (a direct publish waits for review).
    const ok = await request.patch(`${E2E.cms}/api/products/${mine.docs[0].id}?draft=true`, {
      headers: auth(producerToken),
      data: { minimumOrder: '100 hộp' },
    })
    expect(ok.status()).toBe(200)
  })
})

test.describe('the public home page', () => {
  for (const [path, heading] of [
    ['/', 'Sản phẩm đạt giải'],
    ['/en/', 'Award-winning products'],
  ] as const) {
    test(`should list award-winning products at ${path}`, async ({ page }) => {
      const res = await page.goto(path)
      expect(res?.status()).toBe(200)
      const section = page.getByRole('region', { name: heading })
      const cards = section.getByRole('listitem')
      expect(await cards.count()).toBeGreaterThanOrEqual(6)
      await expect(cards.first().locator('.badge')).toHaveText(/(quốc gia|National) 20\d\d/)
      await page.screenshot({ path: `test-results/home${path.replaceAll('/', '-')}.png`, fullPage: true })
    })
  }
})
