/**
 * Enquiries as producers and staff meet them: a producer sees only its own enquiries, how many
 * are new, and reaches the buyer on Zalo in one click; buyer text stays text; staff see each
 * producer's response rate. Relies only on the demo data and enquiries it sends itself.
 */
import { randomUUID } from 'node:crypto'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { PRODUCER_A, PRODUCER_B } from './enquiry-helpers'
import { auth, DEMO_PASSWORD, E2E, signIn, STAFF } from './helpers'
import { DEMO } from './showroom-helpers'

test.describe('the producer', () => {
  test('should see only its own enquiries, through any request it can make', async ({ request }) => {
    const staff = await signIn(request, STAFF)
    const producers = await (
      await request.get(`${E2E.cms}/api/producers?depth=0&limit=100&where[slug][in]=${DEMO.brand},keo-khom-ben-luc`, { headers: auth(staff) })
    ).json()
    const idOf = (slug: string) => producers.docs.find((p: { slug: string }) => p.slug === slug).id as number
    const [a, b] = [idOf(DEMO.brand), idOf('keo-khom-ben-luc')]
    const ofA = await (await request.get(`${E2E.cms}/api/enquiries?depth=0&limit=1&where[producer][equals]=${a}`, { headers: auth(staff) })).json()
    expect(ofA.totalDocs).toBeGreaterThan(0)
    const victim = ofA.docs[0].id

    const tokenB = await signIn(request, PRODUCER_B)
    const listB = await (await request.get(`${E2E.cms}/api/enquiries?depth=0&limit=500`, { headers: auth(tokenB) })).json()
    expect(listB.docs.length).toBeGreaterThan(0)
    expect(listB.docs.every((d: { producer: number }) => d.producer === b)).toBe(true)
    const filtered = await (await request.get(`${E2E.cms}/api/enquiries?depth=0&where[producer][equals]=${a}`, { headers: auth(tokenB) })).json()
    expect(filtered.totalDocs).toBe(0)
    expect([403, 404]).toContain((await request.get(`${E2E.cms}/api/enquiries/${victim}`, { headers: auth(tokenB) })).status())
    expect([403, 404]).toContain((await request.patch(`${E2E.cms}/api/enquiries/${victim}`, { headers: auth(tokenB), data: { status: 'closed' } })).status())
    expect([403, 404]).toContain((await request.delete(`${E2E.cms}/api/enquiries/${victim}`, { headers: auth(tokenB) })).status())
    expect((await request.get(`${E2E.cms}/api/enquiries`)).status()).toBe(403)
  })

  test('should see how many enquiries are new, and reach the buyer on Zalo in one click; buyer text stays text', async ({ page, request }) => {
    const hostile = `<img src=x onerror="window.__pwned=1">Lý Văn Tài`
    const key = randomUUID()
    const sent = await request.post(`${E2E.site}/api/enquiries`, {
      headers: { origin: E2E.site, accept: 'application/json' },
      data: {
        product: await productId(request),
        name: hostile,
        buyerType: 'wholesaler',
        country: 'Việt Nam',
        email: `tai-${key.slice(0, 8)}@example.com`,
        phone: '+84 912 345 678',
        message: 'Cần 50 thùng <b>gấp</b>, gọi Zalo giúp tôi.',
        consent: true,
        idempotencyKey: key,
      },
    })
    expect(sent.status()).toBe(201)
    const { id, reference } = await sent.json()

    await page.goto(`${E2E.cms}/admin/login`)
    await page.getByLabel(/email/i).fill(PRODUCER_A)
    await page.getByLabel(/mật khẩu|password/i).fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: /đăng nhập|login/i }).click()
    await page.waitForURL(`${E2E.cms}/admin`)
    const badge = page.locator('[data-enquiry-new-count]').first()
    await expect(badge).toBeVisible()
    expect(Number(await badge.getAttribute('data-enquiry-new-count'))).toBeGreaterThanOrEqual(1)
    await expect(badge).toContainText('Yêu cầu báo giá mới')

    await page.goto(`${E2E.cms}/admin/collections/enquiries/${id}`)
    await expect(page.getByText(reference).first()).toBeVisible()
    const zalo = page.locator('[data-contact="zalo"]')
    await expect(zalo).toHaveAttribute('href', 'https://zalo.me/84912345678')
    await expect(zalo).toHaveAttribute('target', '_blank')
    await expect(page.locator('[data-contact="tel"]')).toHaveAttribute('href', 'tel:+84912345678')
    await expect(page.locator('input[name="name"]')).toHaveValue(hostile)
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
    await expect(page.locator('img[src="x"]')).toHaveCount(0)
    await page.screenshot({ path: 'test-results/enquiry-admin-producer.png', fullPage: true })
  })

  test("should show staff each producer's response rate above the list", async ({ page }) => {
    await page.goto(`${E2E.cms}/admin/login`)
    await page.getByLabel(/email/i).fill(STAFF)
    await page.getByLabel(/mật khẩu|password/i).fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: /đăng nhập|login/i }).click()
    await page.waitForURL(`${E2E.cms}/admin`)
    await page.goto(`${E2E.cms}/admin/collections/enquiries`)
    const stats = page.locator('[data-enquiry-stats]')
    await stats.locator('summary').click()
    await expect(stats.getByRole('columnheader', { name: 'Tỷ lệ phản hồi' })).toBeVisible()
    await expect(stats.locator('[data-response-rate]').first()).toHaveText(/^(\d+%|—)$/)
  })
})

async function productId(request: APIRequestContext): Promise<number> {
  const res = await request.get(`${E2E.cms}/api/products?depth=0&limit=1&where[slug][equals]=${DEMO.product}`)
  return (await res.json()).docs[0].id
}
