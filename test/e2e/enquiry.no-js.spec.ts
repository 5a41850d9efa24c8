/**
 * Buyer enquiries without JavaScript, in Vietnamese and English: sent from a brand page, the
 * page comes back with messages per field and everything typed, then confirms with a reference.
 * With JavaScript: enquiry.spec.ts.
 */
import { expect, test } from '@playwright/test'
import { enquiryStrings } from '../../site/i18n/enquiry'
import { buyerFor, fillForm, label, storedWithEmail } from './enquiry-helpers'
import { DEMO, LANGS, PATHS } from './showroom-helpers'

for (const lang of LANGS) {
  const t = enquiryStrings(lang)

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
