/**
 * Accessibility of every page type in both languages: no axe-core violation of serious or
 * critical impact (WCAG 2.1 A and AA rules), landmarks present, and keyboard use from the skip link.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { DEMO, LANGS, PATHS } from './showroom-helpers'

const pageTypes = (lang: 'vi' | 'en') => {
  const p = PATHS[lang]
  return {
    home: p.home,
    products: `${p.products}?group=che-bien-nong-lam-thuy-san-thuc-pham&province=binh-duong`,
    product: `${p.products}/${DEMO.product}`,
    brands: p.brands,
    brand: `${p.brands}/${DEMO.brand}`,
    'brand (private contacts)': `${p.brands}/${DEMO.privateBrand}`,
    awards: p.awards,
    'awards by level': `${p.awards}?level=provincial&province=${encodeURIComponent(DEMO.formerProvince)}`,
    'award lookup': `${p.awards}?number=${encodeURIComponent(DEMO.nationalDecision2021)}`,
    fairs: p.fairs,
    'fairs by month': `${p.fairs}?view=month`,
    fair: `${p.fairs}/${DEMO.fair}`,
    support: p.support,
    'support by province and kind': `${p.support}?tinh=thanh-pho-ho-chi-minh&kind=machinery`,
    call: `${p.support}/${DEMO.call}`,
    search: `${p.search}?q=${lang === 'vi' ? 'mật ong' : 'honey'}`,
    'not found': `${p.products}/khong-co-san-pham-nay`,
  }
}

for (const lang of LANGS) {
  test.describe(`accessibility (${lang})`, () => {
    for (const [name, path] of Object.entries(pageTypes(lang))) {
      test(`should have no serious or critical axe violations on the ${name} page`, async ({ page }) => {
        await page.goto(path)
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
        const blocking = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id} (${v.impact}): ${v.help} — ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(' | ')}`,
          )
        expect(blocking, blocking.join('\n')).toEqual([])
        await expect(page.getByRole('banner')).toHaveCount(1)
        await expect(page.getByRole('main')).toHaveCount(1)
        await expect(page.getByRole('contentinfo')).toHaveCount(1)
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
      })
    }
  })
}

test('should let a keyboard user skip to the content and reach the filters', async ({ page }) => {
  await page.goto('/san-pham')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
  // From the main content, Tab reaches the first filter.
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Nhóm sản phẩm')).toBeFocused()
})

test('should read well on a phone without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  for (const path of ['/', `/san-pham/${DEMO.product}`, `/en/brands/${DEMO.brand}`, '/hoi-cho?view=month', '/giai-thuong', '/tim-kiem?q=mat+ong']) {
    await page.goto(path)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0)
  }
  await page.goto(`/san-pham/${DEMO.product}`)
  await page.screenshot({ path: 'test-results/phone-product.png', fullPage: false })
})
