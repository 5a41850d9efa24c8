import { describe, expect, it } from 'vitest'
import { createEmbeddedSearch } from '../../../src/search/adapters/embedded/create-embedded-search'
import { SearchDocumentError } from '../../../src/search/errors'
import { mapEnquiry, mapFair, mapProducer, mapProduct, planSync } from '../../../src/search/mappers/index'
import type { CmsProducer, CmsProduct } from '../../../src/search/mappers/cms-types'

const NOW = new Date('2026-11-22T00:00:00Z')

const product: CmsProduct = {
  id: 12,
  slug: 'mat-ong-u-minh',
  name: { vi: 'Mật ong U Minh', en: 'U Minh honey' },
  description: { vi: 'Mật ong rừng tràm.', en: 'Melaleuca forest honey.' },
  producer: { id: 'pr1', brandName: 'HTX U Minh Hạ', province: 'Cà Mau' },
  productGroup: { id: 'g1', name: { vi: 'Thực phẩm', en: 'Food' } },
  province: { id: 'pv1', name: 'Thành phố Hồ Chí Minh', formerNames: ['Bình Dương', { name: 'Bà Rịa–Vũng Tàu' }] },
  awards: [
    { level: 'provincial', year: 2021 },
    { level: 'national', year: 2023 },
  ],
  certifications: [
    { kind: 'ocop-4', validUntil: '2027-01-01' },
    { kind: 'ocop-3', validUntil: '2024-01-01' },
  ],
  _status: 'published',
  // Fields the search must never copy, whatever they hold: ones a later config may add, which the
  // mappers' types do not know yet (hence the widening to `object`).
  ...({ priceNegotiated: 'giá sỉ bí mật 95.000đ', internalNotes: 'ghi chú nội bộ: khách khó tính' } as object),
}

const producer: CmsProducer = {
  id: 'pr3',
  slug: 'con-trung-xanh',
  brandName: 'Côn Trùng Xanh',
  legalName: 'Công ty TNHH Côn Trùng Xanh',
  story: { root: { children: [{ children: [{ text: 'Chế biến ' }, { text: 'côn trùng' }] }, { children: [{ text: 'giàu đạm.' }] }] } },
  province: { name: 'Thành phố Hồ Chí Minh' },
  formerProvinceNames: ['Bình Dương'],
  contacts: { phone: '0909 123 456', zalo: '0909123456', email: 'owner@private.example', web: 'https://private.example', private: true },
  _status: 'published',
}

describe('mapProduct', () => {
  it('should carry the thumbnail the site serves, and nothing that points elsewhere', () => {
    const docs = mapProduct({ ...product, thumbnail: '/media/mat-ong-128x128.webp' }, { now: NOW })
    expect(docs.map((doc) => doc.thumbnail)).toEqual(['/media/mat-ong-128x128.webp', '/media/mat-ong-128x128.webp'])
    for (const thumbnail of ['https://evil.example/x.png', 'javascript:alert(1)', '/admin/x.png', '/media/../x', '/media/a b.png']) {
      expect(mapProduct({ ...product, thumbnail }, { now: NOW })[0]!.thumbnail, thumbnail).toBeUndefined()
    }
    expect(mapProducer({ ...producer, thumbnail: '/media/logo-128x128.webp' }, { now: NOW })[0]!.thumbnail).toBe('/media/logo-128x128.webp')
  })

  it('should produce one document per locale with stable ids', () => {
    const docs = mapProduct(product, { now: NOW })
    expect(docs.map((doc) => doc.id)).toEqual(['product-12-vi', 'product-12-en'])
    expect(docs.map((doc) => doc.title)).toEqual(['Mật ong U Minh', 'U Minh honey'])
    expect(docs.map((doc) => doc.url)).toEqual(['/san-pham/mat-ong-u-minh', '/en/products/mat-ong-u-minh'])
  })

  it('should map drafts, and documents with no status at all, to nothing', () => {
    expect(mapProduct({ ...product, _status: 'draft' })).toEqual([])
    expect(mapProduct({ ...product, _status: undefined })).toEqual([])
    expect(mapProduct({ ...product, _status: 'PUBLISHED' })).toEqual([])
  })

  it('should not copy fields it does not know, such as negotiated prices or staff notes', () => {
    const json = JSON.stringify(mapProduct(product, { now: NOW }))
    expect(json).not.toContain('95.000')
    expect(json).not.toContain('nội bộ')
  })

  it('should index former province names so "Bình Dương" still finds the product', () => {
    const [vi] = mapProduct(product, { now: NOW })
    expect(vi!.facets.province).toBe('Thành phố Hồ Chí Minh')
    expect(vi!.facets.provinceNames).toEqual(['Thành phố Hồ Chí Minh', 'Bình Dương', 'Bà Rịa–Vũng Tàu'])
    expect(vi!.text.places).toContain('Bình Dương')
  })

  it('should index only the former province its producer stood in, when staff recorded it', () => {
    const hcm = { id: 'pv1', name: { vi: 'Thành phố Hồ Chí Minh', en: 'Ho Chi Minh City' }, formerNames: ['Bình Dương', 'Bà Rịa–Vũng Tàu'] }
    const longHai = { ...product, province: hcm, producer: { id: 'pr2', brandName: 'Sóng Long Hải', province: hcm, formerProvince: 'Bà Rịa–Vũng Tàu' } }
    const [vi, en] = mapProduct(longHai, { now: NOW })
    expect(vi!.text.places).toEqual(['Thành phố Hồ Chí Minh', 'Ho Chi Minh City', 'Bà Rịa–Vũng Tàu'])
    expect(vi!.facets.provinceNames).not.toContain('Bình Dương')
    expect(en!.text.places).toEqual(['Ho Chi Minh City', 'Thành phố Hồ Chí Minh', 'Bà Rịa–Vũng Tàu'])
  })

  it("should not lend the producer's former province to a product made in another province", () => {
    const elsewhere = { id: 'pv9', name: 'Tây Ninh', formerNames: ['Tây Ninh', 'Long An'] }
    const moved = {
      ...product,
      province: elsewhere,
      producer: { id: 'pr2', province: { id: 'pv1', name: 'Thành phố Hồ Chí Minh' }, formerProvince: 'Bình Dương' },
    }
    expect(mapProduct(moved, { now: NOW })[0]!.text.places).toEqual(['Tây Ninh', 'Long An'])
  })

  it('should list only certifications that are still valid, and the newest award year', () => {
    const [vi] = mapProduct(product, { now: NOW })
    expect(vi!.facets.certifications).toEqual(['ocop-4'])
    expect([...vi!.facets.awardLevels].sort()).toEqual(['national', 'provincial'])
    expect(vi!.newestAwardYear).toBe(2023)
  })

  it('should refuse a published product without a slug rather than index a dead link', () => {
    expect(() => mapProduct({ ...product, slug: '' })).toThrow(SearchDocumentError)
  })
})

describe('mapProducer', () => {
  it('should never put contacts in a search document, private ones above all', () => {
    const json = JSON.stringify(mapProducer(producer, { now: NOW }))
    for (const secret of ['0909', 'owner@private.example', 'private.example']) expect(json).not.toContain(secret)
  })

  it('should read the story from rich text', () => {
    expect(mapProducer(producer)[0]!.text.body).toBe('Chế biến côn trùng giàu đạm.')
  })

  it('should take former province names from the producer as well', () => {
    expect(mapProducer(producer)[0]!.facets.provinceNames).toEqual(['Thành phố Hồ Chí Minh', 'Bình Dương'])
  })

  it('should index only its recorded former province, with the current province it is in now', () => {
    const recorded = {
      ...producer,
      formerProvinceNames: [],
      province: { name: 'Thành phố Hồ Chí Minh', formerNames: ['Bình Dương', 'Bà Rịa–Vũng Tàu'] },
      formerProvince: 'Bà Rịa–Vũng Tàu',
    }
    expect(mapProducer(recorded)[0]!.text.places).toEqual(['Thành phố Hồ Chí Minh', 'Bà Rịa–Vũng Tàu'])
  })

  it('should map draft producers to nothing', () => {
    expect(mapProducer({ ...producer, _status: 'draft' })).toEqual([])
  })
})

describe('mapFair', () => {
  it('should find a fair held in a city by that former province only, not by the others its province absorbed', () => {
    const hcm = {
      id: 'pv1',
      name: { vi: 'Thành phố Hồ Chí Minh', en: 'Ho Chi Minh City' },
      formerNames: ['Thành phố Hồ Chí Minh', 'Bình Dương', 'Bà Rịa–Vũng Tàu'],
    }
    const fair = { id: 'f2', slug: 'dac-san', name: 'Hội chợ Đặc sản', startDate: '2026-10-01', city: 'Thành phố Hồ Chí Minh', province: hcm }
    expect(mapFair(fair)[0]!.text.places).not.toContain('Bà Rịa–Vũng Tàu')
    expect(mapFair({ ...fair, city: 'Ho Chi Minh City' })[1]!.facets.provinceNames).toEqual(['Ho Chi Minh City', 'Thành phố Hồ Chí Minh'])
    expect(mapFair({ ...fair, city: 'Thủ Dầu Một' })[0]!.text.places).toContain('Bình Dương')
  })

  it('should accept fairs without drafts but not an explicit draft', () => {
    const fair = { id: 'f1', slug: 'hoi-cho', name: 'Hội chợ phía Nam', startDate: '2026-10-01', city: 'Cần Thơ' }
    expect(mapFair(fair)).toHaveLength(2)
    expect(mapFair({ ...fair, _status: 'draft' })).toEqual([])
    expect(mapFair(fair)[0]!.date).toBe('2026-10-01')
  })
})

describe('mapEnquiry', () => {
  it('should map an enquiry to a single private document scoped to its producer', () => {
    const [doc] = mapEnquiry({ id: 7, reference: 'ENQ-7', company: 'Saigon Foods', message: 'Cần mua mật ong', producer: { id: 'pr1' }, status: 'new' })
    expect(doc).toMatchObject({ id: 'enquiry-7', kind: 'enquiry', producerId: 'pr1', status: 'new' })
  })
})

describe('public index guard', () => {
  it('should route enquiries to the private index only', async () => {
    const search = createEmbeddedSearch()
    await search.upsert(mapEnquiry({ id: 7, company: 'Saigon Foods', message: 'Cần mua mật ong', producer: 'pr1' }))
    expect(search.count()).toEqual({ public_vi: 0, public_en: 0, enquiries: 1 })
    expect((await search.search({ q: 'Saigon Foods', locale: 'vi' })).totalHits).toBe(0)
  })

  it('should refuse an enquiry dressed with a public id, and index nothing of its batch', async () => {
    const search = createEmbeddedSearch()
    const [enquiry] = mapEnquiry({ id: 7, company: 'Saigon Foods', message: 'Cần mua mật ong', producer: 'pr1' })
    const disguised = { ...enquiry!, id: 'product-7-vi' }
    await expect(search.upsert([...mapProduct(product), disguised])).rejects.toBeInstanceOf(SearchDocumentError)
    expect(search.count()).toEqual({ public_vi: 0, public_en: 0, enquiries: 0 })
  })
})

describe('planSync', () => {
  it('should remove every locale of a product that went back to draft', () => {
    const plan = planSync('product', '12', mapProduct({ ...product, _status: 'draft' }))
    expect(plan).toEqual({ upsert: [], remove: ['product-12-vi', 'product-12-en'] })
  })

  it('should upsert a published product and remove nothing', () => {
    const plan = planSync('product', '12', mapProduct(product, { now: NOW }))
    expect(plan.upsert).toHaveLength(2)
    expect(plan.remove).toEqual([])
  })
})
