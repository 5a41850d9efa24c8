/**
 * A buyer's path through the showroom, in both languages: home → products filtered by product
 * group and (former) province → a product with its awards' provenance → its brand → a fair the
 * brand exhibits at → the fair's .ics file, which a calendar app imports.
 */
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { DEMO, LANGS, PATHS } from './showroom-helpers'

for (const lang of LANGS) {
  test(`should take a buyer from home to a fair's calendar file (${lang})`, async ({ page }) => {
    const paths = PATHS[lang]
    const vi = lang === 'vi'

    // Home: a search box, national winners, product groups.
    await page.goto(paths.home)
    await expect(page.getByRole('searchbox').first()).toBeVisible()
    await page.getByRole('link', { name: DEMO.foodGroup[lang], exact: true }).click()

    // Products filtered by group; then the former province Bình Dương from the filter form.
    await expect(page).toHaveURL(/group=che-bien-nong-lam-thuy-san-thuc-pham/)
    const form = page.getByRole('form', { name: vi ? 'Lọc sản phẩm' : 'Filter products' })
    await expect(form.getByLabel(vi ? 'Nhóm sản phẩm' : 'Product group')).toHaveValue('che-bien-nong-lam-thuy-san-thuc-pham')
    await form.getByLabel(vi ? 'Tỉnh, thành' : 'Province or city').selectOption(DEMO.formerProvince)
    await form.getByRole('button', { name: vi ? 'Lọc' : 'Filter' }).click()
    await expect(page).toHaveURL(/province=B%C3%ACnh/)
    await expect(page.locator('.notice').first()).toContainText(
      vi ? 'Bình Dương nay thuộc Thành phố Hồ Chí Minh' : 'Bình Dương is now part of Ho Chi Minh City',
    )
    await expect(page.locator('#result-count')).toHaveText(vi ? /^\d+ sản phẩm$/ : /^\d+ products?$/)
    await page.screenshot({ path: `test-results/buyer-${lang}-1-products.png`, fullPage: true })

    // The product: gallery, trade terms, enquiry button, awards as provenance.
    await page.getByRole('link', { name: DEMO.productName[lang], exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`${DEMO.product}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.productName[lang])
    await expect(page.locator('.gallery picture source[type="image/avif"]')).toHaveCount(1)
    const enquiry = page.getByRole('link', { name: vi ? 'Gửi yêu cầu báo giá' : 'Send an enquiry' }).first()
    await expect(enquiry).toHaveAttribute('href', '#enquiry')
    await expect(page.locator('section#enquiry')).toHaveCount(1)
    const awards = page.getByRole('region', { name: vi ? 'Giải thưởng' : 'Awards' })
    await expect(awards.locator('article.award')).toHaveCount(4)
    await expect(awards).toContainText(DEMO.nationalDecision2021)
    await expect(awards).toContainText(vi ? 'Bình Dương (nay thuộc Thành phố Hồ Chí Minh)' : 'Binh Duong (now part of Ho Chi Minh City)')
    await expect(awards).toContainText('UBND tỉnh Bình Dương')
    await page.screenshot({ path: `test-results/buyer-${lang}-2-product.png`, fullPage: true })

    // The brand: story, packaging, certifications, contacts with a Zalo link.
    await page.getByRole('link', { name: DEMO.brandName, exact: true }).first().click()
    await expect(page).toHaveURL(new RegExp(`${DEMO.brand}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.brandName)
    await expect(page.locator('a[href^="https://zalo.me/0"]').first()).toBeVisible()
    await expect(page.getByRole('region', { name: vi ? 'Chứng nhận' : 'Certifications' })).toContainText(vi ? 'Đã hết hạn' : 'Expired')
    await expect(page.getByRole('region', { name: vi ? 'Hồ sơ bao bì' : 'Packaging profile' })).toContainText('8936000123017')
    await page.screenshot({ path: `test-results/buyer-${lang}-3-brand.png`, fullPage: true })

    // A fair the brand exhibits at, and its calendar file.
    const fairs = page.getByRole('region', { name: vi ? 'Hội chợ tham gia' : 'Fairs' })
    await fairs.getByRole('link').first().click()
    await expect(page).toHaveURL(new RegExp(`${vi ? '/hoi-cho/' : '/en/fairs/'}[a-z0-9-]+$`))
    const fairName = (await page.getByRole('heading', { level: 1 }).textContent())!.trim()
    await expect(page.getByRole('region', { name: vi ? 'Đơn vị tham gia và sản phẩm đạt giải' : 'Exhibitors and their award-winning products' })).toContainText(
      DEMO.brandName,
    )
    await page.screenshot({ path: `test-results/buyer-${lang}-4-fair.png`, fullPage: true })
    const downloading = page.waitForEvent('download')
    await page.getByRole('link', { name: vi ? 'Thêm vào lịch (.ics)' : 'Add to calendar (.ics)' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/\.ics$/)
    const ics = (await readFile((await download.path())!, 'utf8')).replace(/\r\n[ \t]/g, '')
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(ics).toMatch(/DTSTART;VALUE=DATE:\d{8}\r\n/)
    expect(ics).toContain(`SUMMARY:${fairName.replace(/[,;]/g, (c) => `\\${c}`)}`)
    expect(ics).toContain('END:VEVENT')
  })
}
