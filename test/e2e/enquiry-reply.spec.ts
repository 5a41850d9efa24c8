/**
 * A producer answers enquiries on a phone, inside the admin: writes a reply that reaches the buyer
 * by e-mail (the admin's job runner writes it to MAIL_DIR) and then shows as sent text, not as a
 * box to edit; or, having called the buyer, records it with one tap.
 */
import { randomUUID } from 'node:crypto'
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import { auth, DEMO_PASSWORD, E2E, fillInAdmin, mailWith, saveInAdmin, signIn } from './helpers'

const PRODUCER = 'keo-khom-ben-luc@tieubieu.local'

test.use({ viewport: { width: 390, height: 844 } })
// The admin pages compile their first render on demand and the test machine is shared: be patient.
test.setTimeout(180_000)

/** A buyer's enquiry about one of the producer's published products, sent through the site. */
async function enquiryToProducer(request: APIRequestContext) {
  const token = await signIn(request, PRODUCER)
  const me = (await (await request.get(`${E2E.cms}/api/users/me?depth=0`, { headers: auth(token) })).json()).user
  const producer = typeof me.producer === 'object' ? me.producer.id : me.producer
  const products = await (
    await request.get(`${E2E.cms}/api/products?depth=0&limit=1&where[producer][equals]=${producer}&where[_status][equals]=published`, { headers: auth(token) })
  ).json()
  const key = randomUUID()
  const email = `reply-${key.slice(0, 8)}@example.com`
  const sent = await request.post(`${E2E.site}/api/enquiries`, {
    headers: { origin: E2E.site, accept: 'application/json' },
    data: {
      product: products.docs[0].id,
      name: 'Trần Văn Bình',
      buyerType: 'wholesaler',
      country: 'Việt Nam',
      email,
      phone: '+84 912 345 678',
      message: 'Xin báo giá 200 hộp kẹo khóm, giao Cần Thơ.',
      consent: true,
      idempotencyKey: key,
    },
  })
  expect(sent.status()).toBe(201)
  const { id, reference } = (await sent.json()) as { id: number; reference: string }
  await deliveredTo(request, token, id)
  return { id, reference, email }
}

/**
 * A producer opens an enquiry once told of it. Until then the delivery job stamps it (producer
 * notified, buyer's copy sent), and a form opened before a stamp lands is stale under the test:
 * Payload then covers the save button with its "modified by someone else" dialog.
 */
async function deliveredTo(request: APIRequestContext, token: string, id: number) {
  await expect
    .poll(
      async () => {
        const doc = await (await request.get(`${E2E.cms}/api/enquiries/${id}?depth=0`, { headers: auth(token) })).json()
        return Boolean(doc.notifiedAt && doc.buyerCopiedAt)
      },
      { timeout: 90_000, intervals: [500, 1000, 2000] },
    )
    .toBe(true)
}

async function signInToAdmin(page: Page) {
  await page.goto(`${E2E.cms}/admin/login`)
  await page.getByLabel(/email/i).fill(PRODUCER)
  await page.getByLabel(/mật khẩu|password/i).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: /đăng nhập|login/i }).click()
  await page.waitForURL(`${E2E.cms}/admin`)
}

test('should let a producer write a reply on a phone that reaches the buyer by e-mail and then stays as sent', async ({ page, request }) => {
  const enquiry = await enquiryToProducer(request)
  await signInToAdmin(page)
  await page.goto(`${E2E.cms}/admin/collections/enquiries/${enquiry.id}`)
  const reply = page.locator('#field-reply')
  await expect(reply).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('[data-contact="zalo"]')).toBeVisible()
  const text = `Chào anh Bình, giá 85.000 đ/hộp, giao Cần Thơ trong 3 ngày. ${Date.now()}`
  await fillInAdmin(page, reply, text)
  await saveInAdmin(page, 'enquiries')
  await page.screenshot({ path: 'test-results/producer-reply-saved-phone.png', fullPage: true })

  const mail = await mailWith(`trả lời yêu cầu ${enquiry.reference}`, enquiry.email)
  expect(mail.text).toContain(text)
  expect(JSON.stringify(mail.replyTo ?? '')).toContain('@')

  await page.reload()
  const sent = page.locator('[data-enquiry-sent-reply="email"]')
  await expect(sent).toBeVisible({ timeout: 30_000 })
  await expect(sent).toContainText(text)
  await expect(sent).toContainText('Email đã tới người mua')
  await expect(page.locator('#field-reply')).toHaveCount(0)
  await page.screenshot({ path: 'test-results/producer-reply-sent-phone.png', fullPage: true })
})

test('should let a producer who called the buyer record it with one tap', async ({ page, request }) => {
  const enquiry = await enquiryToProducer(request)
  await signInToAdmin(page)
  await page.goto(`${E2E.cms}/admin/collections/enquiries/${enquiry.id}`)
  const tap = page.locator('[data-answered-by-phone]')
  await expect(tap).toBeVisible({ timeout: 30_000 })
  await expect(tap).toHaveText('Tôi đã trả lời qua điện thoại/Zalo')
  await tap.click()
  await expect(page.locator('[data-enquiry-sent-reply="phone"]')).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('[data-answered-by-phone]')).toHaveCount(0)
  await page.screenshot({ path: 'test-results/producer-answered-by-phone.png', fullPage: true })
  const token = await signIn(request, PRODUCER)
  const stored = await (await request.get(`${E2E.cms}/api/enquiries/${enquiry.id}?depth=0`, { headers: auth(token) })).json()
  expect(stored).toMatchObject({ status: 'answered', replyChannel: 'phone' })
  expect(stored.answeredAt).toBeTruthy()
})
