/**
 * Buyer enquiries with JavaScript, in Vietnamese and English: a buyer sends one from a product
 * page without leaving it (messages per field, nothing typed lost, a reference, a copy by
 * e-mail), a resend after a lost connection gives the same reference, refusals are explained, and
 * the product page stays within its JavaScript budget. Without JavaScript: enquiry.no-js.spec.ts;
 * what producers and staff see: enquiry.producer.spec.ts.
 */
import { gzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { enquiryStrings } from '../../site/i18n/enquiry'
import { buyerCopy, buyerFor, fillForm, label, storedWithEmail } from './enquiry-helpers'
import { DEMO, LANGS, PATHS } from './showroom-helpers'

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
