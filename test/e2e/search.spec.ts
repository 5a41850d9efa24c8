/**
 * The search page in both languages, as a buyer uses it: results while typing (no Enter), the
 * query in the address bar, the keyboard through the hits, facet chips that narrow, the page
 * without JavaScript, and a clear message for a query that is too long.
 */
import { expect, test, type Page } from '@playwright/test'
import { DEMO, LANGS, PATHS } from './showroom-helpers'

const TEXT = {
  vi: {
    unavailable: 'Tìm nhanh đang tạm gián đoạn',
    box: 'Tìm sản phẩm, thương hiệu, tỉnh thành',
    submit: 'Tìm',
    products: 'Sản phẩm',
    results: /^([\d.]+) kết quả$|^1 kết quả$/,
    tooLong: 'Từ khóa quá dài: tối đa 200 ký tự',
  },
  en: {
    unavailable: 'Instant search is interrupted',
    box: 'Search products, brands, provinces',
    submit: 'Search',
    products: 'Product',
    results: /^([\d,]+) results?$/,
    tooLong: 'Your search is too long: use at most 200 characters',
  },
} as const

/** The count the live region announces, as a number. */
async function shownCount(page: Page, lang: 'vi' | 'en'): Promise<number> {
  const status = page.locator('#search-q-count')
  await expect(status).toHaveText(TEXT[lang].results)
  return Number((await status.textContent())!.replace(/\D/g, ''))
}

const island = (page: Page) => page.locator('astro-island[component-url*="SearchIsland"]')

/**
 * Reach for the search box, as a buyer does, and wait until the island has hydrated (Astro drops
 * the `ssr` attribute then). It hydrates only then (client:intent), never on load.
 */
async function hydrated(page: Page) {
  await page.locator('#search-q').focus()
  await expect(island(page)).not.toHaveAttribute('ssr', /.*/)
}

/** Mark the document so a test can tell an in-place update from a page load. */
async function markDocument(page: Page) {
  await page.evaluate(() => ((window as unknown as { __same: boolean }).__same = true))
}
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __same?: boolean }).__same === true)

for (const lang of LANGS) {
  const path = PATHS[lang].search
  const t = TEXT[lang]

  test.describe(`search page (${lang})`, () => {
    test('should show honey products while the buyer types "mat ong", without Enter, and put q in the URL', async ({ page }) => {
      await page.goto(path)
      await hydrated(page)
      await markDocument(page)
      await expect(page.locator('a.hit-link')).toHaveCount(0)
      await page.getByRole('searchbox', { name: t.box }).pressSequentially('mat ong', { delay: 40 })
      await expect(page.getByRole('link', { name: DEMO.productName[lang], exact: true })).toBeVisible()
      await expect(page).toHaveURL(new RegExp(`${path}\\?q=mat\\+ong$`))
      expect(await shownCount(page, lang)).toBeGreaterThan(0)
      expect(await sameDocument(page), 'results came without a page load').toBe(true)
    })

    test('should drop the previous hits and say so when instant search fails, leaving the form to submit', async ({ page }) => {
      await page.goto(`${path}?q=mat+ong`)
      await hydrated(page)
      await expect(page.getByRole('link', { name: DEMO.productName[lang], exact: true })).toBeVisible()
      await page.route('**/api/search?**', (route) => route.fulfill({ status: 502, contentType: 'application/json', body: '{"error":"bad gateway"}' }))
      const box = page.getByRole('searchbox', { name: t.box })
      await box.fill('keo khom')
      await expect(page.getByText(t.unavailable)).toBeVisible()
      // Honey hits under the words "keo khom" would mislead: they are gone.
      await expect(page.getByRole('link', { name: DEMO.productName[lang], exact: true })).toHaveCount(0)
      await expect(page.locator('#search-q-count')).not.toHaveText(t.results)
    })

    test('should open a product from the keyboard: ArrowDown through the hits, Enter', async ({ page }) => {
      await page.goto(`${path}?q=mat+ong`)
      await hydrated(page)
      const box = page.getByRole('searchbox', { name: t.box })
      await box.focus()
      await page.keyboard.press('ArrowDown')
      const first = page.locator('a.hit-link').first()
      await expect(first).toBeFocused()
      // Down to the first product, and back up once to check ArrowUp.
      let href = ''
      for (let i = 0; i < 10 && !href.startsWith(`${PATHS[lang].products}/`); i += 1) {
        if (i > 0) await page.keyboard.press('ArrowDown')
        href = (await page.evaluate(() => document.activeElement?.getAttribute('href'))) ?? ''
      }
      expect(href, 'a product among the first hits').toMatch(new RegExp(`^${PATHS[lang].products}/`))
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('ArrowUp')
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href)
      const title = (await page.evaluate(() => document.activeElement?.textContent)) ?? ''
      await page.keyboard.press('Enter')
      await expect(page).toHaveURL(new RegExp(`${href}$`))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    })

    test('should go back to the box with Escape, and clear it with a second Escape', async ({ page }) => {
      await page.goto(`${path}?q=mat+ong`)
      await hydrated(page)
      const box = page.getByRole('searchbox', { name: t.box })
      await box.focus()
      await page.keyboard.press('ArrowDown')
      await expect(page.locator('a.hit-link').first()).toBeFocused()
      await page.keyboard.press('Escape')
      await expect(box).toBeFocused()
      await page.keyboard.press('Escape')
      await expect(box).toHaveValue('')
      await expect(page.locator('a.hit-link')).toHaveCount(0)
      await expect(page).toHaveURL(new RegExp(`${path}$`))
    })

    test('should narrow the results with a facet chip, in place, and widen them again', async ({ page }) => {
      await page.goto(`${path}?q=mat+ong`)
      await hydrated(page)
      await markDocument(page)
      const before = await shownCount(page, lang)
      const kinds = page.getByRole('list', { name: lang === 'vi' ? 'Loại' : 'Type' })
      const chip = kinds.getByRole('link', { name: new RegExp(`^${t.products}`) })
      const chipCount = Number((await chip.locator('.count').textContent())!.replace(/\D/g, ''))
      expect(chipCount).toBeLessThan(before)
      await chip.click()
      await expect(page).toHaveURL(/[?&]kind=product(&|$)/)
      await expect.poll(() => shownCount(page, lang)).toBe(chipCount)
      await expect(kinds.locator('a[aria-current="true"]')).toHaveCount(1)
      // Every hit left is a product.
      const badges = await page.locator('.hit .badge.kind').allTextContents()
      expect(badges.length).toBeGreaterThan(0)
      expect(new Set(badges)).toEqual(new Set([t.products]))
      expect(await sameDocument(page), 'the chip updated the page in place').toBe(true)
      await kinds.locator('a[aria-current="true"]').click()
      await expect.poll(() => shownCount(page, lang)).toBe(before)
      await expect(page).toHaveURL(new RegExp(`${path}\\?q=mat\\+ong$`))
    })

    test('should say clearly when the query is too long, with no results and no error page', async ({ page }) => {
      const res = await page.goto(`${path}?q=${'mat ong '.repeat(40)}`)
      expect(res?.status()).toBe(400)
      await expect(page.getByRole('alert')).toContainText(t.tooLong)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'vi' ? 'Tìm kiếm' : 'Search')
      await expect(page.locator('a.hit-link')).toHaveCount(0)
      await expect(page.getByRole('searchbox', { name: t.box })).toBeVisible()
    })
  })
}

test('should never let an older answer replace a newer one (vi)', async ({ page }) => {
  // The answer for "mat" is held back until after the one for "mat ong" has come.
  await page.route(/\/api\/search\?q=mat&/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    await route.continue().catch(() => undefined)
  })
  await page.goto(PATHS.vi.search)
  await hydrated(page)
  const box = page.getByRole('searchbox', { name: TEXT.vi.box })
  // Listen before typing: on a busy machine the request can leave before the last key returns.
  const asked = page.waitForRequest(/\/api\/search\?q=mat&/)
  await box.pressSequentially('mat')
  await asked
  await box.pressSequentially(' ong', { delay: 30 })
  await expect(page.getByRole('link', { name: DEMO.productName.vi, exact: true })).toBeVisible()
  const settled = await shownCount(page, 'vi')
  await page.waitForTimeout(2_000)
  expect(await shownCount(page, 'vi')).toBe(settled)
  await expect(box).toHaveValue('mat ong')
  await expect(page.getByRole('link', { name: DEMO.productName.vi, exact: true })).toBeVisible()
})

test('should find honey products at /en/search?q=honey', async ({ page }) => {
  await page.goto('/en/search?q=honey')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “honey”')
  await expect(page.getByRole('link', { name: DEMO.productName.en, exact: true })).toBeVisible()
  const titles = await page.locator('.hit.product a.hit-link').allTextContents()
  expect(titles.length).toBeGreaterThan(0)
  expect(titles.filter((title) => /honey/i.test(title)).length).toBeGreaterThan(0)
})

test.describe('without JavaScript', () => {
  test('should render results for /tim-kiem?q=keo+khom on the server, and filter and search with plain links and the form', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    try {
      await page.goto('/tim-kiem?q=keo+khom')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả cho “keo khom”')
      await expect(page.getByRole('link', { name: 'Kẹo khóm Bến Lức 200 g', exact: true })).toBeVisible()
      const before = await shownCount(page, 'vi')
      expect(before).toBeGreaterThan(0)

      // A chip is a link: the server renders the narrower page.
      const chip = page.getByRole('list', { name: 'Loại' }).getByRole('link', { name: /^Thương hiệu/ })
      await chip.click()
      await expect(page).toHaveURL(/\/tim-kiem\?q=keo\+khom&kind=producer$/)
      const brands = await shownCount(page, 'vi')
      expect(brands).toBeLessThan(before)
      expect(new Set(await page.locator('.hit .badge.kind').allTextContents())).toEqual(new Set(['Thương hiệu']))

      // The form GETs the same page, keeping the filter.
      await page.getByRole('searchbox', { name: TEXT.vi.box }).fill('mat ong')
      await page.getByRole('button', { name: TEXT.vi.submit, exact: true }).click()
      await expect(page).toHaveURL(/\/tim-kiem\?q=mat\+ong&kind=producer(&|$)/)
      await expect(page.getByRole('link', { name: DEMO.brandName, exact: true })).toBeVisible()
    } finally {
      await context.close()
    }
  })
})

test('should show each product hit with its picture, served by the site, in a box that never moves', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/tim-kiem?q=mat+ong')
  const pictures = page.locator('.hits .hit.product img.thumb')
  await expect(pictures.first()).toBeVisible()
  const first = pictures.first()
  expect(await first.getAttribute('src')).toMatch(/^\/media\/[^/]+$/)
  await expect.poll(() => first.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 20_000 }).toBeGreaterThan(0)
  // The box is fixed before the picture arrives: 64×64 on the page, whatever the file.
  expect(await first.evaluate((img) => [img.getBoundingClientRect().width, img.getBoundingClientRect().height])).toEqual([64, 64])
  // Typing in the island keeps the pictures.
  await hydrated(page)
  await page.locator('#search-q').fill('keo dua')
  // Wait for the new results, then count hits and pictures in one read of the page: two separate
  // counts could straddle the island's re-render (the old hits, the new pictures).
  await expect(page.locator('.hits .hit.product').first()).toContainText('Kẹo dừa')
  await expect(page.locator('.hits .hit.product img.thumb').first()).toBeVisible()
  const [hitCount, pictureCount] = await page
    .locator('.hits')
    .first()
    .evaluate((list) => [list.querySelectorAll('.hit.product').length, list.querySelectorAll('.hit.product img.thumb').length])
  expect(pictureCount).toBe(hitCount)
})

test.describe('the island off the critical path', () => {
  test('should not hydrate the island until the buyer reaches for it', async ({ page }) => {
    await page.goto('/tim-kiem?q=mat+ong')
    await page.waitForLoadState('load')
    await page.waitForTimeout(1_500)
    await expect(island(page), 'still the server render after load and idle').toHaveAttribute('ssr', /.*/)
    await expect(page.getByRole('link', { name: DEMO.productName.vi, exact: true })).toBeVisible()
    await hydrated(page)
  })

  test('should keep what the buyer typed before the island woke, and search it', async ({ page }) => {
    await page.goto(PATHS.vi.search)
    // No wait for hydration: the first keys reach the server-rendered box.
    await page.getByRole('searchbox', { name: TEXT.vi.box }).pressSequentially('keo khom', { delay: 15 })
    await expect(page.getByRole('link', { name: 'Kẹo khóm Bến Lức 200 g', exact: true })).toBeVisible()
    await expect(page.getByRole('searchbox', { name: TEXT.vi.box })).toHaveValue('keo khom')
    await expect(page).toHaveURL(/\/tim-kiem\?q=keo\+khom$/)
  })

  test('should carry a typed search into the heading, the page title and the other language', async ({ page }) => {
    await page.goto('/tim-kiem?q=mat+ong')
    await hydrated(page)
    await page.getByRole('searchbox', { name: TEXT.vi.box }).fill('keo khom')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả cho “keo khom”')
    await expect(page).toHaveTitle(/^Kết quả cho “keo khom” — /)
    await page.locator('a.lang').click()
    await expect(page).toHaveURL(/\/en\/search\?q=keo\+khom$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “keo khom”')
    await expect(page.getByRole('searchbox', { name: TEXT.en.box })).toHaveValue('keo khom')
  })
})

test('should mount the search island on the search page only', async ({ page }) => {
  for (const path of ['/', '/en/', `/san-pham/${DEMO.product}`, '/san-pham']) {
    await page.goto(path)
    await expect(page.locator('astro-island[component-url*="SearchIsland"]'), path).toHaveCount(0)
  }
  await page.goto('/tim-kiem?q=mat+ong')
  await expect(page.locator('astro-island[component-url*="SearchIsland"]')).toHaveCount(1)
})
