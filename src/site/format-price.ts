/**
 * A producer's price range as buyers read it: "120.000–140.000 ₫" in Vietnamese,
 * "VND 120,000–140,000" in English, "US$2.50–3.00" for dollars.
 */
export type PriceRange = { min?: number | null; max?: number | null; currency?: string | null }

export function formatPriceRange(price: PriceRange | null | undefined, locale: 'vi' | 'en'): string | undefined {
  if (!price || price.min == null || !Number.isFinite(price.min)) return undefined
  const currency = price.currency === 'USD' ? 'USD' : 'VND'
  const format = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', {
    style: 'currency',
    currency,
    currencyDisplay: currency === 'USD' ? 'symbol' : locale === 'en' ? 'code' : 'symbol',
    maximumFractionDigits: currency === 'VND' ? 0 : 2,
    minimumFractionDigits: currency === 'VND' ? 0 : 2,
  })
  const max = price.max != null && Number.isFinite(price.max) && price.max > price.min ? price.max : undefined
  if (max === undefined) return normalizeSpaces(format.format(price.min))
  return normalizeSpaces(format.formatRange(price.min, max))
}

/** Intl puts non-breaking spaces in; keep them (no line break inside a price) but as one kind. */
function normalizeSpaces(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, '\u00a0').replace(/(\d)\s?-\s?(\d)/, '$1–$2')
}
