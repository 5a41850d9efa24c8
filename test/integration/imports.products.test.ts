/**
 * A producer imports its own products from a list, as drafts: new products are created as drafts,
 * existing ones get a draft version (the public keeps seeing the published one until it is
 * published), bad rows are reported, a re-import changes nothing, and nobody else can confirm it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyImportBatch } from '../../cms/imports/apply-import'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { actions, codes, confirm, csv, importFile, preview, reqAs } from './helpers/imports'
import { makeWorld, type World } from './helpers/world'

let t: TestPayload
let world: World
const HEADER = ['Tên sản phẩm', 'Tên tiếng Anh', 'Nhóm sản phẩm', 'Mô tả ngắn', 'Khối lượng / kích thước', 'Giá từ', 'Tiền tệ', 'Mã HS']
const FILE = csv([
  HEADER,
  ['Mat ong hoa ca phe', 'Coffee blossom honey', '', 'Mật ong hoa cà phê Đắk Lắk, chai 500 ml', '500 ml', '', '', ''],
  ['Mật ong rừng U Minh', 'U Minh forest honey', 'Chế biến nông, lâm, thủy sản và thực phẩm', 'Mật ong rừng tràm', '250 g', '150.000', 'VNĐ', '0409'],
  ['Mật ong rừng U Minh', 'U Minh forest honey', 'Chế biến nông, lâm, thủy sản và thực phẩm', 'Mật ong rừng tràm', '250 g', '150.000', 'VNĐ', '0409'],
  ['Sáp ong', '', '', '', '', '', '', ''],
  ['Mật ong bạc hà', '', '', '', '', 'một trăm', '', 'abc'],
])

beforeAll(async () => {
  t = await bootPayload()
  world = await makeWorld(t.payload)
})
afterAll(async () => t?.cleanup())

describe('product import by a producer', () => {
  it('should preview, then create drafts and draft versions only for its own producer', async () => {
    const shown = await preview(t.payload, world, 'producerA', FILE, { kind: 'products', fileName: 'san-pham.csv' })
    expect(actions(shown.rows)).toEqual({ 2: 'update', 3: 'create', 4: 'skip', 5: 'skip', 6: 'skip' })
    expect(codes(shown.rows[2]!)).toEqual(['duplicate-row'])
    expect(codes(shown.rows[3]!)).toEqual(['group-needed'])
    expect(codes(shown.rows[4]!)).toEqual(['number-invalid', 'hs-code-invalid'])
    expect(shown.rows[0]!.changes?.map((c) => c.field)).toEqual(['nameEn', 'summary', 'size'])

    const done = await confirm(t.payload, world, 'producerA', shown.id!)
    expect(done.result).toMatchObject({ created: 1, updated: 1, skipped: 3 })
    const created = (
      await t.payload.find({
        collection: 'products',
        where: { name: { equals: 'Mật ong rừng U Minh' } },
        draft: true,
        overrideAccess: true,
        locale: 'vi',
        depth: 0,
      })
    ).docs[0]!
    expect(created).toMatchObject({
      producer: world.producerA.id,
      _status: 'draft',
      price: { min: 150000, currency: 'VND' },
      hsCode: '0409',
      specs: { size: '250 g' },
    })
    const english = await t.payload.findByID({ collection: 'products', id: created.id, draft: true, overrideAccess: true, locale: 'en', fallbackLocale: false })
    expect(english.name).toBe('U Minh forest honey')
    // The public still sees the published product; the producer's draft holds the change.
    const published = await t.payload.findByID({ collection: 'products', id: world.productA.id, overrideAccess: false, locale: 'vi' })
    expect(published.summary ?? null).toBeNull()
    const draft = await t.payload.findByID({ collection: 'products', id: world.productA.id, draft: true, overrideAccess: true, locale: 'vi' })
    expect(draft).toMatchObject({ summary: 'Mật ong hoa cà phê Đắk Lắk, chai 500 ml', _status: 'draft', name: 'Mật ong hoa cà phê' })
    const publicList = await t.payload.find({ collection: 'products', overrideAccess: false, where: { name: { equals: 'Mật ong rừng U Minh' } } })
    expect(publicList.docs).toHaveLength(0)
  })

  it('should change nothing when the same list is imported again', async () => {
    const { shown, done } = await importFile(t.payload, world, 'producerA', FILE, { kind: 'products' })
    expect(actions(shown.rows)).toMatchObject({ 2: 'unchanged', 3: 'unchanged' })
    expect(done.result).toMatchObject({ created: 0, updated: 0, unchanged: 2 })
  })

  it('should not let another producer confirm the import', async () => {
    const shown = await preview(t.payload, world, 'producerA', FILE, { kind: 'products' })
    await expect(applyImportBatch(await reqAs(t.payload, world, 'producerB'), shown.id!, 10)).rejects.toMatchObject({ status: 403 })
    const b = await t.payload.find({ collection: 'imports', overrideAccess: false, user: (await reqAs(t.payload, world, 'producerB')).user as never })
    expect(b.docs).toHaveLength(0)
  })
})
