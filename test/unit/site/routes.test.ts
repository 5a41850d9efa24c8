import { describe, expect, it } from 'vitest'
import { absoluteUrl, homePath, localeOfPath, sectionPath, translatePath } from '../../../src/site/routes'

describe('showroom addresses', () => {
  it('should put Vietnamese at the root and English under /en', () => {
    expect(sectionPath('vi', 'products')).toBe('/san-pham')
    expect(sectionPath('en', 'products', 'mat-ong')).toBe('/en/products/mat-ong')
    expect(sectionPath('vi', 'brands', 'tam-an')).toBe('/thuong-hieu/tam-an')
    expect(sectionPath('en', 'search')).toBe('/en/search')
    expect(homePath('en')).toBe('/en/')
  })
  it('should tell the language from the path', () => {
    expect(localeOfPath('/en')).toBe('en')
    expect(localeOfPath('/en/fairs')).toBe('en')
    expect(localeOfPath('/engines')).toBe('vi')
  })
  it('should map a page to its twin in the other language, keeping the item and the query', () => {
    expect(translatePath('/san-pham/mat-ong?page=2', 'en')).toBe('/en/products/mat-ong?page=2')
    expect(translatePath('/en/fairs/hoi-cho-2026', 'vi')).toBe('/hoi-cho/hoi-cho-2026')
    // A draft's preview keeps its signed address and changes only its language.
    expect(translatePath('/xem-truoc/product/12?lang=vi&exp=1&sig=abc', 'en')).toBe('/xem-truoc/product/12?lang=en&exp=1&sig=abc')
    expect(translatePath('/xem-truoc/brand/7?lang=en&exp=1&sig=abc', 'vi')).toBe('/xem-truoc/brand/7?lang=vi&exp=1&sig=abc')
    expect(translatePath('/en/awards/12', 'vi')).toBe('/giai-thuong/12')
    expect(translatePath('/', 'en')).toBe('/en/')
    expect(translatePath('/en/', 'vi')).toBe('/')
  })
  it('should keep an unknown slug so a 404 page can offer the same item in the other language', () => {
    expect(translatePath('/thuong-hieu/khong-co', 'en')).toBe('/en/brands/khong-co')
  })
  it('should send an unknown section to the other home', () => {
    expect(translatePath('/no-such-page', 'en')).toBe('/en/')
  })
  it('should make absolute URLs against the site origin', () => {
    expect(absoluteUrl('https://tieubieu.vn', '/en/products/x')).toBe('https://tieubieu.vn/en/products/x')
    expect(absoluteUrl('http://localhost:4400/', '/')).toBe('http://localhost:4400/')
  })
})

describe('the confirmation page in the other language', () => {
  it('should keep the enquiry reference when switching language', () => {
    expect(translatePath('/enquiry-sent?ref=TB-2612-ABCD', 'en')).toBe('/en/enquiry-sent?ref=TB-2612-ABCD')
    expect(translatePath('/en/enquiry-sent?ref=TB-2612-ABCD', 'vi')).toBe('/enquiry-sent?ref=TB-2612-ABCD')
  })
})
