/**
 * Buyer enquiries as people meet them: a buyer sends one from a product page and from a brand
 * page, in Vietnamese and English, with and without JavaScript (messages per field, nothing typed
 * lost, a reference, a copy by e-mail); with JavaScript all of it happens without leaving the
 * page, a resend after a lost connection gives the same reference, and the product page stays
 * within its JavaScript budget; a producer sees only its own enquiries, how many are new, and
 * reaches the buyer on Zalo in one click; buyer text stays text.
 */
import { randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { enquiryStrings } from '../../site/i18n/enquiry'
import { auth, DEMO_PASSWORD, E2E, signIn, STAFF } from './helpers'
import { DEMO, LANGS, PATHS, type Lang } from './showroom-helpers'

/** Where the admin's job runner writes mail in the browser tests (playwright.config.ts). */
const MAIL_DIR = path.resolve('data/e2e/mail')
const PRODUCER_A = `${DEMO.brand}@tieubieu.local`
const PRODUCER_B = 'keo-khom-ben-luc@tieubieu.local'

/** A field by the start of its label ("Name (required)"), so "Name" never matches "Vietnamese". */
const label = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)

type Buyer = { name: string; company: string; email: string; phone: string; message: string }
const buyerFor = (lang: Lang): Buyer => ({
  name: lang === 'vi' ? 'Trần Thị Hoa' : 'Emma Clarke',
  company: lang === 'vi' ? 'Siêu thị Sài Gòn Xanh' : 'Clarke Fine Foods Ltd',
  email: `buyer-${randomUUID().slice(0, 8)}@example.com`,
  phone: '0912 345 678',
  message:
    lang === 'vi' ? 'Xin báo giá 200 hũ mật ong 500 g, giao tại Thành phố Hồ Chí Minh.' : 'Please quote 2,000 jars, CIF Felixstowe, with English labels.',
})

async function fillForm(page: Page, lang: Lang, buyer: Buyer, overrides: Partial<Buyer> = {}) {
  const t = enquiryStrings(lang)
  const form = page.locator('#enquiry form')
  const values = { ...buyer, ...overrides }
  await form.getByLabel(label(t.fields.name)).fill(values.name)
  await form.getByLabel(label(t.fields.company)).fill(values.company)
  await form.getByLabel(label(t.fields.buyerType)).selectOption({ label: t.buyerTypes.importer })
  await form.getByLabel(label(t.fields.country)).fill(lang === 'vi' ? 'Việt Nam' : 'United Kingdom')
  await form.getByLabel(label(t.fields.email)).fill(values.email)
  await form.getByLabel(label(t.fields.phone)).fill(values.phone)
  await form.getByLabel(label(t.fields.quantity)).fill('200')
  await form.getByLabel(label(t.fields.unit)).fill(lang === 'vi' ? 'hũ' : 'jars')
  await form.getByLabel(label(t.fields.message)).fill(values.message)
  await form.getByLabel(label(t.fields.consent)).check()
}

/** The buyer's copy, once the admin's job runner has sent it (it runs every few seconds). */
async function buyerCopy(email: string, reference: string): Promise<{ subject: string; text: string; html?: string }> {
  let found: { subject: string; text: string; html?: string } | undefined
  await expect
    .poll(
      () => {
        if (!existsSync(MAIL_DIR)) return undefined
        for (const file of readdirSync(MAIL_DIR)) {
          const mail = JSON.parse(readFileSync(path.join(MAIL_DIR, file), 'utf8'))
          if (String(mail.subject).includes(reference) && JSON.stringify(mail.to).includes(email)) found = mail
        }
        return found?.subject
      },
      { timeout: 30_000, intervals: [500] },
    )
    .toContain(reference)
  return found!
}

async function storedWithEmail(request: APIRequestContext, email: string) {
  const token = await signIn(request, STAFF)
  const res = await request.get(`${E2E.cms}/api/enquiries?depth=0&where[email][equals]=${encodeURIComponent(email)}`, { headers: auth(token) })
  return (await res.json()) as { totalDocs: number; docs: { id: number; reference: string; producer: number }[] }
}

for (const lang of LANGS) {
  const t = enquiryStrings(lang)

  test.describe(`the enquiry form with JavaScript (${lang})`, () => {
    test('should show each wrong field in place, then send and show the reference without leaving the page', async ({ page, request }) => {
      const productPage = `${PATHS[lang].products}/${DEMO.product}`
      await page.goto(`${productPage}#enquiry`)
      const form = page.locator('#enquiry form')
      await form.scrollIntoViewIfNeeded()
      await expect(form).toHaveAttribute('data-enhanced', 'true')
      // A reload or a navigation would lose this.
      await page.evaluate(() => ((window as { __samePage?: boolean }).__samePage = true))
      const samePage = () => page.evaluate(() => (window as { __samePage?: boolean }).__samePage === true)

      const buyer = buyerFor(lang)
      await fillForm(page, lang, buyer, { email: 'hoa@', message: 'Giá?' })
      const button = form.locator('button[type="submit"]')
      await form.getByRole('button', { name: t.submit }).click()
      const summary = page.locator('[data-enquiry-errors]')
      await expect(summary).toBeFocused()
      await expect(summary).toContainText(t.errorSummary)
      await expect(summary).toHaveAttribute('role', 'alert')
      const email = form.getByLabel(label(t.fields.email))
      await expect(email).toHaveAttribute('aria-invalid', 'true')
      await expect(email).toHaveAttribute('aria-describedby', 'enquiry-email-hint enquiry-email-error')
      await expect(page.locator('#enquiry-email-error')).toHaveText(lang === 'vi' ? /email chưa đúng/ : /does not look right/)
      await expect(page.locator('#enquiry-message-error')).toHaveText(lang === 'vi' ? /ít nhất 10 ký tự/ : /at least 10 characters/)
      await expect(form.getByLabel(label(t.fields.message))).toHaveAttribute('aria-invalid', 'true')
      await expect(form.getByLabel(label(t.fields.name))).not.toHaveAttribute('aria-invalid', /.*/)
      expect(await samePage()).toBe(true)
      // Nothing typed is lost.
      await expect(form.getByLabel(label(t.fields.name))).toHaveValue(buyer.name)
      await expect(form.getByLabel(label(t.fields.company))).toHaveValue(buyer.company)
      await expect(form.getByLabel(label(t.fields.consent))).toBeChecked()
      await page.screenshot({ path: `test-results/enquiry-${lang}-js-errors.png`, fullPage: false })
      await form.screenshot({ path: `test-results/enquiry-${lang}-js-errors-form.png` })
      // The list of problems leads to the first one.
      await summary.getByRole('link').first().click()
      await expect(email).toBeFocused()

      await email.fill(buyer.email)
      await form.getByLabel(label(t.fields.message)).fill(buyer.message)
      // While it is on its way the button cannot send it twice.
      let release!: () => void
      const held = new Promise<void>((resolve) => (release = resolve))
      await page.route('**/api/enquiries', async (route) => {
        await held
        await route.continue()
      })
      await button.click()
      await expect(button).toBeDisabled()
      await expect(button).toHaveText(t.sending)
      await expect(form).toHaveAttribute('aria-busy', 'true')
      release()
      const sent = page.locator('[data-enquiry-sent]')
      await expect(sent).toContainText(t.sent.heading)
      await expect(sent.getByRole('heading', { name: t.sent.heading })).toBeFocused()
      await expect(page.locator('[data-enquiry-errors]')).toHaveCount(0)
      await expect(form).toBeHidden()
      const reference = (await sent.locator('[data-enquiry-reference]').textContent())!.trim()
      expect(reference).toMatch(/^TB-\d{4}-[2-9A-HJKMNP-Z]{6}$/)
      await expect(page).toHaveURL(new RegExp(`${productPage}#enquiry$`))
      expect(await samePage()).toBe(true)
      await page.unroute('**/api/enquiries')
      await page.screenshot({ path: `test-results/enquiry-${lang}-js-sent.png`, fullPage: false })

      const stored = await storedWithEmail(request, buyer.email)
      expect(stored.docs.map((d) => d.reference)).toEqual([reference])
      const copy = await buyerCopy(buyer.email, reference)
      expect(copy.subject).toContain(lang === 'vi' ? 'Đã nhận yêu cầu' : 'We received your enquiry')
      expect(copy.text).toContain(buyer.message)
    })

    test('should keep everything typed when the connection drops, give the same reference when sent again, then start afresh', async ({ page, request }) => {
      await page.goto(`${PATHS[lang].products}/${DEMO.product}#enquiry`)
      const form = page.locator('#enquiry form')
      await expect(form).toHaveAttribute('data-enhanced', 'true')
      const buyer = buyerFor(lang)
      await fillForm(page, lang, buyer)
      const key = form.locator('input[name="idempotencyKey"]')
      const firstKey = await key.inputValue()

      // The enquiry reaches the showroom and is stored, but the answer never reaches the buyer.
      let storedFirst: string | undefined
      await page.route(
        '**/api/enquiries',
        async (route) => {
          const response = await route.fetch()
          storedFirst = (await response.json()).reference
          await route.abort('internetdisconnected')
        },
        { times: 1 },
      )
      await form.getByRole('button', { name: t.submit }).click()
      const summary = page.locator('[data-enquiry-errors]')
      await expect(summary).toContainText(t.networkError)
      await expect(summary).toBeFocused()
      expect(storedFirst).toMatch(/^TB-/)
      await expect(page.locator('[data-enquiry-sent]')).toHaveCount(0)
      await expect(form.getByLabel(label(t.fields.name))).toHaveValue(buyer.name)
      await expect(form.getByLabel(label(t.fields.email))).toHaveValue(buyer.email)
      await expect(form.getByLabel(label(t.fields.message))).toHaveValue(buyer.message)
      await expect(form.getByLabel(label(t.fields.consent))).toBeChecked()
      await expect(key).toHaveValue(firstKey)

      // Sent again: the same enquiry, the same reference, one record.
      const [answer] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/enquiries')),
        form.getByRole('button', { name: t.submit }).click(),
      ])
      expect(answer.status()).toBe(201)
      expect(answer.headers()['idempotent-replayed']).toBe('true')
      const sent = page.locator('[data-enquiry-sent]')
      await expect(sent.locator('[data-enquiry-reference]')).toHaveText(storedFirst!)
      const stored = await storedWithEmail(request, buyer.email)
      expect(stored.docs.map((d) => d.reference)).toEqual([storedFirst])

      // "Send another enquiry": an empty form with a new key.
      await sent.getByRole('button', { name: t.sent.another }).click()
      await expect(sent).toHaveCount(0)
      await expect(form).toBeVisible()
      await expect(form.getByLabel(label(t.fields.name))).toBeFocused()
      await expect(form.getByLabel(label(t.fields.name))).toHaveValue('')
      await expect(form.getByLabel(label(t.fields.message))).toHaveValue('')
      await expect(form.getByLabel(label(t.fields.country))).toHaveValue(lang === 'vi' ? 'Việt Nam' : '')
      await expect(form.getByLabel(label(t.fields.consent))).not.toBeChecked()
      await expect(form.getByRole('radio', { name: t.languages[lang] })).toBeChecked()
      await expect(key).not.toHaveValue(firstKey)
      await expect(key).toHaveValue(/^[A-Za-z0-9_-]{16,100}$/)
    })

    test('should say why the showroom refused the enquiry, keeping everything typed', async ({ page }) => {
      await page.goto(`${PATHS[lang].products}/${DEMO.product}#enquiry`)
      const form = page.locator('#enquiry form')
      await expect(form).toHaveAttribute('data-enhanced', 'true')
      const buyer = buyerFor(lang)
      await fillForm(page, lang, buyer)
      const summary = page.locator('[data-enquiry-errors]')
      const message = form.getByLabel(label(t.fields.message))

      // Too large for the API (64 KB): a real 413 in the page's language.
      await message.evaluate((field, text) => ((field as HTMLTextAreaElement).value = text), 'x'.repeat(70_000)) // past maxlength
      await form.getByRole('button', { name: t.submit }).click()
      await expect(summary).toContainText(lang === 'vi' ? 'quá lớn' : 'too large')
      await expect(summary).toBeFocused()
      await message.fill(buyer.message)

      // Answers the API itself never gives here (too many enquiries, another site, a proxy's errors).
      const answers = [
        { status: 429, headers: { 'retry-after': '600' }, body: '', says: t.failed.rateLimited.replace('{minutes}', '10') },
        { status: 403, contentType: 'application/json', body: JSON.stringify({ errors: { form: 'refused by the API' } }), says: 'refused by the API' },
        { status: 413, contentType: 'text/html', body: '<html><body>Request Entity Too Large</body></html>', says: t.failed.tooLarge },
        { status: 502, contentType: 'text/html', body: '<html><body>Bad Gateway</body></html>', says: t.failed.unavailable },
      ]
      for (const { says, ...answer } of answers) {
        await page.route('**/api/enquiries', (route) => route.fulfill(answer), { times: 1 })
        await form.getByRole('button', { name: t.submit }).click()
        await expect(summary, `after ${answer.status}`).toHaveText(new RegExp(says.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        await expect(summary).toBeFocused()
        await expect(form.getByRole('button', { name: t.submit })).toBeEnabled()
        await expect(form.locator('.enquiry-error')).toHaveCount(0)
        await expect(form.getByLabel(label(t.fields.name))).toHaveValue(buyer.name)
        await expect(message).toHaveValue(buyer.message)
      }
      await expect(page.locator('[data-enquiry-sent]')).toHaveCount(0)
    })
  })

  test.describe(`the enquiry form without JavaScript (${lang})`, () => {
    test.use({ javaScriptEnabled: false })

    test('should show the page again with messages and everything typed, then confirm with a reference', async ({ page, request }) => {
      const brandPage = `${PATHS[lang].brands}/${DEMO.brand}`
      await page.goto(`${brandPage}#enquiry`)
      const form = page.locator('#enquiry form')
      await expect(form).not.toHaveAttribute('data-enhanced', /.*/)
      const buyer = buyerFor(lang)
      await fillForm(page, lang, buyer, { email: 'not-an-address' })
      await form.getByLabel(label(t.fields.consent)).uncheck()
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/enquiries')),
        form.getByRole('button', { name: t.submit }).click(),
      ])
      // Back at the brand page's own address: a reload shows the form again, it posts nothing.
      expect(response.status()).toBe(303)
      await expect(page).toHaveURL(new RegExp(`${brandPage}#enquiry$`))
      const posted: string[] = []
      const onRequest = (r: { method(): string; url(): string }) => {
        if (r.method() === 'POST') posted.push(r.url())
      }
      page.on('request', onRequest)
      const reloaded = await page.reload()
      page.off('request', onRequest)
      expect(posted).toEqual([])
      // The page shows what this buyer typed: never kept by a shared cache.
      expect(reloaded?.headers()['cache-control']).toMatch(/private/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.brandName)
      await expect(page.locator('[data-enquiry-errors]')).toContainText(t.errorSummary)
      await expect(page.locator('#enquiry-email-error')).toHaveText(lang === 'vi' ? /email chưa đúng/ : /does not look right/)
      await expect(page.locator('#enquiry-consent-error')).toBeVisible()
      const again = page.locator('#enquiry form')
      await expect(again.getByLabel(label(t.fields.name))).toHaveValue(buyer.name)
      await expect(again.getByLabel(label(t.fields.email))).toHaveValue('not-an-address')
      await expect(again.getByLabel(label(t.fields.message))).toHaveValue(buyer.message)
      await expect(again.getByLabel(label(t.fields.quantity))).toHaveValue('200')
      await page.screenshot({ path: `test-results/enquiry-${lang}-nojs-errors.png`, fullPage: false })

      await again.getByLabel(label(t.fields.email)).fill(buyer.email)
      await again.getByLabel(label(t.fields.consent)).check()
      await again.getByRole('button', { name: t.submit }).click()
      await expect(page).toHaveURL(new RegExp(`${lang === 'en' ? '/en' : ''}/enquiry-sent\\?ref=TB-`))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.sent.heading)
      const reference = (await page.locator('[data-enquiry-reference]').textContent())!.trim()
      await page.screenshot({ path: `test-results/enquiry-${lang}-nojs-sent.png`, fullPage: false })

      // Sent once, from the brand page: to the brand's producer.
      const stored = await storedWithEmail(request, buyer.email)
      expect(stored.docs.map((d) => d.reference)).toEqual([reference])
    })
  })
}

test.describe("the product page's weight", () => {
  test('should load at most 15 KB of gzipped JavaScript (50 KB with its HTML and CSS), and no React', async ({ page }) => {
    const scripts: { url: string; gzip: Promise<number> }[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), gzip: response.body().then((body) => gzipSync(body).byteLength) })
    })
    const res = await page.goto(`${PATHS.vi.products}/${DEMO.product}`)
    // Scripts that wait for the form to be seen (client:visible islands) count too.
    const form = page.locator('#enquiry form')
    await form.scrollIntoViewIfNeeded()
    await expect(form).toHaveAttribute('data-enhanced', 'true')
    await page.waitForLoadState('networkidle')
    const inline = (await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents()).join('\n')
    const external = (await Promise.all(scripts.map((s) => s.gzip))).reduce((sum, n) => sum + n, 0)
    const js = external + (inline ? gzipSync(inline).byteLength : 0)
    const html = gzipSync(await res!.body()).byteLength // with its inline CSS and inline scripts
    const loaded = scripts.map((s) => new URL(s.url).pathname)
    expect(js, `JavaScript, gzipped: ${loaded.join(', ')}`).toBeLessThanOrEqual(15 * 1024)
    expect(html + external, 'HTML + CSS + JavaScript, gzipped').toBeLessThanOrEqual(50 * 1024)
    await expect(page.locator('astro-island')).toHaveCount(0)
    expect(loaded.filter((url) => /react|\/client\.[\w-]+\.js$/i.test(url))).toEqual([])
  })
})

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
