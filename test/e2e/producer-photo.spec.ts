/**
 * A producer adds a real photo from a phone: it is accepted, kept as the producer's own (another
 * producer cannot read its record), and its resized variants are served to buyers.
 */
import { expect, test } from '@playwright/test'
import sharp from 'sharp'
import { auth, E2E, signIn, signInToAdmin } from './helpers'

const PRODUCER = 'keo-khom-ben-luc@tieubieu.local'
const OTHER_PRODUCER = 'mat-ong-ba-be@tieubieu.local'

test.setTimeout(180_000)
test.use({ viewport: { width: 390, height: 844 } })

test('should let a producer upload a photo on a phone, keep it as its own, and serve it resized', async ({ page, request }) => {
  const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 214, g: 160, b: 40 } } })
    .jpeg()
    .toBuffer()
  const name = `keo-khom-hop-${Date.now()}.jpg`
  await signInToAdmin(page, PRODUCER)
  await page.goto(`${E2E.cms}/admin/collections/media/create`)
  await page.locator('input[type=file]').first().setInputFiles({ name, mimeType: 'image/jpeg', buffer: photo })
  const saved = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/media', { timeout: 60_000 })
  await page.getByRole('button', { name: /^Lưu$/ }).click()
  const response = await saved
  expect(response.status(), await response.text()).toBe(201)
  await expect(page.locator('.toast-success, [data-type="success"]').first()).toBeVisible({ timeout: 30_000 })
  await page.screenshot({ path: 'test-results/producer-photo-uploaded-phone.png', fullPage: true })

  const { doc } = (await response.json()) as { doc: { id: number; sizes?: Record<string, { url?: string | null }> } }
  const mine = await signIn(request, PRODUCER)
  const me = (await (await request.get(`${E2E.cms}/api/users/me?depth=0`, { headers: auth(mine) })).json()).user
  const stored = await (await request.get(`${E2E.cms}/api/media/${doc.id}?depth=0`, { headers: auth(mine) })).json()
  expect(stored.owner).toBe(typeof me.producer === 'object' ? me.producer.id : me.producer)
  expect(stored.width).toBe(900)

  const other = await signIn(request, OTHER_PRODUCER)
  expect((await request.get(`${E2E.cms}/api/media/${doc.id}?depth=0`, { headers: auth(other) })).status()).toBeGreaterThanOrEqual(400)

  const card = doc.sizes?.card?.url
  expect(card, 'a card-sized variant').toBeTruthy()
  const image = await request.get(new URL(card!, E2E.site).toString())
  expect(image.status()).toBe(200)
  expect(image.headers()['content-type']).toMatch(/^image\//)
  expect((await sharp(await image.body()).metadata()).width).toBe(480)
})
