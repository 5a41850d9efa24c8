/**
 * Search engines and link previews: every page type has a title, a description, a canonical
 * link, hreflang twins and an Open Graph image; JSON-LD describes products, organisations,
 * events and breadcrumbs; robots.txt, sitemap.xml and the .ics feed answer; unknown items get
 * a helpful 404 whose language switch keeps the item. Pages carry no client JavaScript beyond
 * the search island and the enquiry form's script, and cache headers a CDN can use.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import sharp from 'sharp'
import { DEMO, jsonLd, PATHS, unexpectedScripts } from './showroom-helpers'

/** The page's og:image, checked to be what its meta says: a 1200×630 picture, measured by sharp. */
async function shareImage(page: Page, request: APIRequestContext): Promise<string> {
  const og = await page.locator('meta[property="og:image"]').getAttribute('content')
  expect(og).toMatch(/^https?:\/\//)
  expect(await page.locator('meta[property="og:image:width"]').getAttribute('content')).toBe('1200')
  expect(await page.locator('meta[property="og:image:height"]').getAttribute('content')).toBe('630')
  const res = await request.get(og!)
  expect(res.status(), og!).toBe(200)
  const { width, height } = await sharp(await res.body()).metadata()
  expect({ width, height }, og!).toEqual({ width: 1200, height: 630 })
  return new URL(og!).pathname
}

const inner = [
  { path: `/san-pham/${DEMO.product}`, twin: `/en/products/${DEMO.product}`, type: 'Product' },
  { path: `/en/brands/${DEMO.brand}`, twin: `/thuong-hieu/${DEMO.brand}`, type: 'Organization' },
  { path: `/hoi-cho/${DEMO.fair}`, twin: `/en/fairs/${DEMO.fair}`, type: 'Event' },
  { path: '/en/products', twin: '/san-pham', type: 'BreadcrumbList' },
  { path: '/giai-thuong', twin: '/en/awards', type: 'BreadcrumbList' },
  { path: '/en/fairs', twin: '/hoi-cho', type: 'BreadcrumbList' },
  { path: '/thuong-hieu', twin: '/en/brands', type: 'BreadcrumbList' },
  { path: '/ho-tro', twin: '/en/support', type: 'BreadcrumbList' },
  { path: '/', twin: '/en/', type: 'WebSite' },
]

test.describe('page metadata', () => {
  for (const { path, twin, type } of inner) {
    test(`should give ${path} a title, description, canonical, hreflang twins, an image and ${type} data`, async ({ page, baseURL }) => {
      const res = await page.goto(path)
      expect(res?.status()).toBe(200)
      expect((await page.title()).length).toBeGreaterThan(5)
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy()
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
      expect(canonical).toBe(new URL(path, baseURL).href)
      const lang = path.startsWith('/en') ? 'en' : 'vi'
      expect(await page.locator(`link[rel="alternate"][hreflang="${lang}"]`).getAttribute('href')).toBe(new URL(path, baseURL).href)
      expect(await page.locator(`link[rel="alternate"][hreflang="${lang === 'en' ? 'vi' : 'en'}"]`).getAttribute('href')).toBe(new URL(twin, baseURL).href)
      expect(await page.locator('link[rel="alternate"][hreflang="x-default"]').getAttribute('href')).toBeTruthy()
      expect(await page.locator('html').getAttribute('lang')).toBe(lang)
      await shareImage(page, page.request)
      const types = (await jsonLd(page)).map((d) => d['@type'])
      expect(types).toContain(type)
      if (path !== '/') expect(types).toContain('BreadcrumbList')
      expect(await unexpectedScripts(page)).toEqual([])
    })
  }

  test('should share a product or brand with its own picture at 1200×630, and a fair with the site picture', async ({ page, request }) => {
    for (const path of [`/san-pham/${DEMO.product}`, `/en/products/${DEMO.product}`, `/thuong-hieu/${DEMO.brand}`]) {
      await page.goto(path)
      expect(await shareImage(page, request), path).toMatch(/^\/media\/.+-1200x630\.webp$/)
    }
    await page.goto(`/hoi-cho/${DEMO.fair}`)
    expect(await shareImage(page, request)).toBe('/og.png')
  })

  test('should describe a product with its brand and awards in JSON-LD', async ({ page }) => {
    await page.goto(`/en/products/${DEMO.product}`)
    const product = (await jsonLd(page)).find((d) => d['@type'] === 'Product')!
    expect(product.brand).toMatchObject({ '@type': 'Brand', name: DEMO.brandName })
    expect((product.award as string[]).length).toBe(4)
    expect(product.offers).toMatchObject({ '@type': 'AggregateOffer', priceCurrency: 'VND' })
  })
})

test.describe('feeds and files', () => {
  test('should serve robots.txt naming the sitemap', async ({ request, baseURL }) => {
    const res = await request.get('/robots.txt')
    expect(res.status()).toBe(200)
    expect(await res.text()).toContain(`Sitemap: ${new URL('/sitemap.xml', baseURL).href}`)
  })

  test('should list both languages in sitemap.xml with hreflang alternates', async ({ request, baseURL }) => {
    const res = await request.get('/sitemap.xml')
    expect(res.status()).toBe(200)
    expect(res.headers()['content-type']).toContain('xml')
    const xml = await res.text()
    expect(xml).toContain(`<loc>${new URL(`/san-pham/${DEMO.product}`, baseURL).href}</loc>`)
    expect(xml).toContain(`<loc>${new URL(`/en/products/${DEMO.product}`, baseURL).href}</loc>`)
    expect(xml).toContain(`hreflang="en" href="${new URL(`/en/brands/${DEMO.brand}`, baseURL).href}"`)
    expect(xml).toContain('hreflang="x-default"')
    expect(xml).not.toContain(DEMO.draftProduct)
    // The demo data fits in one file: a plain sitemap, no index and no parts.
    expect(xml).toContain('<urlset')
    expect(xml).not.toContain('<sitemapindex')
    expect((await request.get('/sitemap-1.xml')).status()).toBe(404)
  })

  test('should serve every fair as text/calendar at /fairs.ics, in either language', async ({ request }) => {
    for (const [path, word] of [
      ['/fairs.ics', 'Hội chợ'],
      ['/fairs.ics?lang=en', 'Fair'],
    ] as const) {
      const res = await request.get(path)
      expect(res.status()).toBe(200)
      expect(res.headers()['content-type']).toMatch(/^text\/calendar/)
      const ics = (await res.text()).replace(/\r\n[ \t]/g, '')
      expect(ics.match(/BEGIN:VEVENT/g)!.length).toBeGreaterThanOrEqual(10)
      expect(ics).toContain(word)
    }
  })

  test('should serve the deadlines of open calls as text/calendar at /ho-tro.ics, closed calls left out', async ({ request }) => {
    const res = await request.get('/ho-tro.ics')
    expect(res.status()).toBe(200)
    expect(res.headers()['content-type']).toMatch(/^text\/calendar/)
    const ics = (await res.text()).replace(/\r\n[ \t]/g, '')
    expect(ics.match(/BEGIN:VEVENT/g)!.length).toBe(5)
    expect(ics).toContain(`/ho-tro/${DEMO.call}`)
    expect(ics).not.toContain('dao-tao-san-xuat-sach-hon-2026')
  })

  test('should serve pictures same-origin with long cache headers, and nothing outside the media folder', async ({ page, request }) => {
    await page.goto(`/san-pham/${DEMO.product}`)
    const src = await page.locator('.gallery img').getAttribute('src')
    expect(src).toMatch(/^\/media\//)
    const res = await request.get(src!)
    expect(res.status()).toBe(200)
    expect(res.headers()['cache-control']).toContain('max-age=604800')
    expect((await request.get('/media/..%2F..%2Fpackage.json')).status()).toBe(404)
    const img = page.locator('.gallery img')
    expect(Number(await img.getAttribute('width'))).toBeGreaterThan(0)
    expect(Number(await img.getAttribute('height'))).toBeGreaterThan(0)
  })
})

test.describe('errors and caching', () => {
  test('should answer an unknown product with a helpful 404 whose language switch keeps the item', async ({ page }) => {
    const res = await page.goto('/san-pham/khong-co-san-pham-nay')
    expect(res?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy sản phẩm')
    await expect(page.getByRole('searchbox')).toHaveValue('khong co san pham nay')
    await page.getByRole('link', { name: 'English', exact: true }).click()
    await expect(page).toHaveURL(/\/en\/products\/khong-co-san-pham-nay$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Product not found')
  })

  test('should answer 404 for an unpublished product, a missing brand, fair or award, and an unknown address', async ({ request }) => {
    for (const path of [
      `/san-pham/${DEMO.draftProduct}`,
      '/en/brands/nobody',
      '/hoi-cho/khong-co',
      '/en/awards/999999',
      '/en/no-such-page',
      '/hoi-cho/khong-co.ics',
    ]) {
      expect((await request.get(path)).status(), path).toBe(404)
    }
  })

  test('should keep the visitor on the same item and filters when switching language', async ({ page }) => {
    await page.goto(`/san-pham?group=gom-su&page=1`)
    await page.getByRole('link', { name: 'English', exact: true }).click()
    await expect(page).toHaveURL(/\/en\/products\?group=gom-su/)
    await page.goto(`/en/fairs/${DEMO.fair}`)
    await page.getByRole('link', { name: 'Tiếng Việt', exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/hoi-cho/${DEMO.fair}$`))
  })

  test('should let a CDN cache pages and revalidate them in the background', async ({ request }) => {
    const res = await request.get(PATHS.en.products)
    const cache = res.headers()['cache-control']
    expect(cache).toContain('public')
    expect(cache).toMatch(/s-maxage=\d+/)
    expect(cache).toMatch(/stale-while-revalidate=\d+/)
    const etag = res.headers().etag
    expect(etag).toBeTruthy()
    const again = await request.get(PATHS.en.products, { headers: { 'If-None-Match': etag! } })
    expect(again.status()).toBe(304)
  })

  test('should compress pages on the wire', async ({ request }) => {
    const res = await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(res.headers()['content-encoding']).toBe('gzip')
  })
})
