/**
 * Shared facts for the showroom's browser tests: page addresses in both languages and items of
 * the demo data (scripts/seed/demo) the tests walk through.
 */
import type { Page } from '@playwright/test'

export type Lang = 'vi' | 'en'
export const LANGS: readonly Lang[] = ['vi', 'en']

export const PATHS = {
  vi: { home: '/', products: '/san-pham', brands: '/thuong-hieu', awards: '/giai-thuong', fairs: '/hoi-cho', search: '/tim-kiem', support: '/ho-tro' },
  en: { home: '/en/', products: '/en/products', brands: '/en/brands', awards: '/en/awards', fairs: '/en/fairs', search: '/en/search', support: '/en/support' },
} as const

/** A honey from the former Bình Dương (now Hồ Chí Minh City) with national, regional, provincial and district awards. */
export const DEMO = {
  product: 'mat-ong-hoa-cao-su-tam-an-500g',
  productName: { vi: 'Mật ong hoa cao su Tâm An 500 g', en: 'Tam An rubber-blossom honey 500 g' },
  brand: 'mat-ong-tam-an',
  brandName: 'Mật ong Tâm An',
  foodGroup: { vi: 'Chế biến nông, lâm, thủy sản và thực phẩm', en: 'Processed agricultural, forestry and fishery products and foods' },
  formerProvince: 'Bình Dương',
  /** A producer that keeps its contacts private. */
  privateBrand: 'de-say-cu-chi',
  /** Unpublished in the demo data. */
  draftProduct: 'tra-o-long-sua-draft',
  nationalDecision2021: '1997/QĐ-BCT',
  fair: 'foodex-japan',
  /** An open industrial-extension call (scripts/seed/demo/programmes.ts). */
  call: 'ho-tro-may-moc-che-bien-tp-hcm-2026',
} as const

/**
 * Script the page runs that is not one of the two allowed islands (the enquiry form and the
 * search box, owned elsewhere) or JSON-LD data: pages that need no JavaScript must ship none.
 * The enquiry form is enhanced by its own small module script (the <enquiry-form> element),
 * which is allowed too.
 * Returns the offending islands' component URLs, or "inline script" entries.
 */
export async function unexpectedScripts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const islands = [...document.querySelectorAll('astro-island')].map((i) => i.getAttribute('component-url') ?? '')
    const foreign = islands.filter((url) => !/enquiry|search/i.test(url))
    // Bundled to /_astro/EnquiryForm….js, or inlined by Astro should it ever be under 4 KB.
    const enquiryElement = (s: Element) =>
      /\/_astro\/EnquiryForm\./.test(s.getAttribute('src') ?? '') || /customElements\.define\(.enquiry-form./.test(s.textContent ?? '')
    const scripts = [...document.querySelectorAll('script:not([type="application/ld+json"])')].filter((s) => !enquiryElement(s))
    const stray = islands.length === 0 ? scripts.map((s) => `script ${s.getAttribute('src') ?? (s.textContent ?? '').slice(0, 40)}`) : []
    return [...foreign, ...stray]
  })
}

/** The parsed JSON-LD blocks of the page. */
export async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return texts.map((text) => JSON.parse(text))
}
