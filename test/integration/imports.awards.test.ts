/**
 * Award decision lists: preview → confirm through the functions the admin and the command line
 * call, on a fresh database. A good file, bad rows and their report, re-import, corrected file,
 * scoped staff, drafts for missing products, and the audit events the import leaves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { actions, codes, confirm, csv, importFile, preview, xlsx } from './helpers/imports'
import { makeWorld, type World } from './helpers/world'

const HEADER = ['Tên sản phẩm', 'Cơ sở', 'Tỉnh', 'Cấp', 'Năm', 'Số quyết định', 'Ngày quyết định', 'Số chứng nhận', 'Nhóm sản phẩm', 'Cơ quan cấp']
const GOOD = [
  HEADER,
  ['Mat ong hoa ca phe', 'Mật ong Đất Lành', 'Thành phố Hồ Chí Minh', 'cấp quốc gia', 2023, '3116/QĐ-BCT', '2023-12-15', 'QG-2023-015', '', ''],
  ['Kẹo khóm', 'Keo Khom Ben Luc', 'Long An', 'provincial', 2024, '88/QĐ-UBND', '05/11/2024', 'LA-2024-12', 'Nhóm 2', ''],
  ['Kẹo khóm', 'Kẹo Khóm Bến Lứcc', 'Tây Ninh', 'Cấp khu vực', 2025, '456/QĐ-ĐMST', '20/10/2025', 'KV-N-07', '', ''],
]

let t: TestPayload
let world: World
const awardCount = async () => (await t.payload.count({ collection: 'awards', overrideAccess: true })).totalDocs
const events = async (action: string) =>
  (await t.payload.find({ collection: 'audit-events', where: { action: { equals: action } }, overrideAccess: true, limit: 100, sort: 'createdAt' })).docs

beforeAll(async () => {
  t = await bootPayload()
  world = await makeWorld(t.payload)
})
afterAll(async () => t?.cleanup())

describe('award list import', () => {
  it('should preview a good file without writing, then create every award on confirm', async () => {
    const before = await awardCount()
    const shown = await preview(t.payload, world, 'staff', csv(GOOD))
    expect(actions(shown.rows)).toEqual({ 2: 'create', 3: 'create', 4: 'create' })
    expect(shown.summary).toMatchObject({ total: 3, create: 3, skip: 0 })
    // Tolerated: no diacritics, a former province, a typo in the producer's name — each said so.
    expect(codes(shown.rows[1]!)).toContain('former-province')
    expect(codes(shown.rows[2]!)).toContain('fuzzy-match')
    expect(shown.rows[2]!.messages.map((m) => m.vi).join(' ')).toContain('Kẹo Khóm Bến Lức')
    expect(await awardCount()).toBe(before)

    const done = await confirm(t.payload, world, 'staff', shown.id!)
    expect(done).toMatchObject({ status: 'done', cursor: 3, total: 3, result: { created: 3, updated: 0, skipped: 0 } })
    expect(await awardCount()).toBe(before + 3)
    const longAn = (await t.payload.find({ collection: 'awards', where: { certificateNumber: { equals: 'LA-2024-12' } }, overrideAccess: true, depth: 0 }))
      .docs[0]!
    expect(longAn).toMatchObject({
      product: world.productB.id,
      producer: world.producerB.id,
      level: 'provincial',
      year: 2024,
      province: world.p2.id,
      provinceNameAtAward: 'Long An',
      awardingBody: 'UBND tỉnh Long An',
      productGroup: world.group.id,
    })
    expect(new Date(longAn.decisionDate!).toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })).toBe('2024-11-05')
    const regional = (await t.payload.find({ collection: 'awards', where: { certificateNumber: { equals: 'KV-N-07' } }, overrideAccess: true })).docs[0]!
    expect(regional).toMatchObject({ level: 'regional', region: 'south', awardingBody: 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công' })
    // One event per award, naming the import, and one for the import itself.
    const created = await events('create')
    expect(created.filter((e) => e.entity === 'awards' && e.summary.includes(`#${shown.id}`))).toHaveLength(3)
    expect((await events('import')).at(-1)).toMatchObject({ entity: 'awards', userEmail: 'staff@test.local' })
  })

  it('should change nothing when the same file is imported again', async () => {
    const createdBefore = (await events('create')).length
    const updatedBefore = (await events('update')).length
    const { shown, done } = await importFile(t.payload, world, 'staff', csv(GOOD))
    expect(actions(shown.rows)).toEqual({ 2: 'unchanged', 3: 'unchanged', 4: 'unchanged' })
    expect(done.result).toMatchObject({ created: 0, updated: 0, unchanged: 3 })
    expect((await events('create')).length).toBe(createdBefore)
    expect((await events('update')).length).toBe(updatedBefore)
  })

  it('should read the same list from an XLSX workbook with English keys and real dates', async () => {
    const book = await xlsx([
      ['product', 'PRODUCER', 'Province', 'level', 'year', 'decision_number', 'decision_date', 'certificate_number', 'product_group', 'issuer'],
      ...GOOD.slice(1).map((row) =>
        row.map((cell, i) => (i === 6 ? new Date(`${String(cell).split('/').reverse().join('-')}T00:00:00Z`) : cell === '' ? null : cell)),
      ),
    ])
    const shown = await preview(t.payload, world, 'staff', book, { fileName: 'list.xlsx' })
    expect(shown.format).toBe('xlsx')
    expect(actions(shown.rows)).toEqual({ 2: 'unchanged', 3: 'unchanged', 4: 'unchanged' })
  })

  it('should update only what a corrected file changes', async () => {
    const corrected = GOOD.map((row) => [...row])
    corrected[2]![6] = '06/11/2024'
    const { shown, done } = await importFile(t.payload, world, 'staff', csv(corrected))
    expect(actions(shown.rows)).toEqual({ 2: 'unchanged', 3: 'update', 4: 'unchanged' })
    expect(shown.rows[1]!.changes).toEqual([expect.objectContaining({ field: 'decisionDate', from: '2024-11-05', to: '2024-11-06' })])
    expect(done.result).toMatchObject({ updated: 1, unchanged: 2 })
    const update = (await events('update')).at(-1)!
    expect(update.changes).toEqual([expect.objectContaining({ field: 'decisionDate' })])
  })

  it('should report every bad row with its reason and import the good ones', async () => {
    const file = csv([
      HEADER,
      ['Kẹo khóm', 'Kẹo Khóm Bến Lức', 'Tỉnh Hà Tây Mới', 'cấp tỉnh', 2024, '1/QĐ', '', '', '', ''],
      ['Kẹo khóm', 'Kẹo Khóm Bến Lức', 'Tây Ninh', 'cấp tỉnh', 2024, '2/QĐ', '31/02/2024', '', '', ''],
      ['Kẹo khóm', 'Kẹo Khóm Bến Lức', 'Tây Ninh', 'cấp xóm', 2024, '3/QĐ', '', '', '', ''],
      ['Kẹo khóm', 'Kẹo Khóm Bến Lức', 'Tây Ninh', 'cấp huyện', 2025, '4/QĐ', '15/08/2025', '', '', 'UBND huyện Bến Lức'],
      ['Mật ong hoa cà phê', 'Mật ong Đất Lành', 'Bình Dương', 'cấp tỉnh', 2024, '77/QĐ-UBND', '01/10/2024', 'BD-01', '', ''],
      ['Mật ong hoa cà phê', 'Mật ong Đất Lành', 'Bình Dương', 'cấp tỉnh', 2024, '77/QĐ-UBND', '01/10/2024', 'BD-01', '', ''],
      ['Kẹo khóm', 'Kẹo Khóm Bến Lức', 'Tây Ninh', 'cấp quốc gia', 2023, '3116/QĐ-BCT', '', 'QG-2023-015', '', ''],
      ['Kẹo dứa sấy', 'Kẹo Khóm Bến Lức', 'Tây Ninh', 'cấp tỉnh', 2024, '88/QĐ-UBND', '', '', 'Chế biến nông, lâm, thủy sản và thực phẩm', ''],
      ['Mật ong hoa cà phê', 'Cơ sở Không Có', 'Bình Dương', 'cấp tỉnh', 2024, '5/QĐ', '', '', '', ''],
      ['', 'Mật ong Đất Lành', 'Bình Dương', 'cấp tỉnh', 2024, '6/QĐ', '', '', '', ''],
    ])
    const before = await awardCount()
    const shown = await preview(t.payload, world, 'staff', file)
    const reasons = Object.fromEntries(shown.rows.map((row) => [row.line, codes(row)[0]]))
    expect(actions(shown.rows)).toMatchObject({
      2: 'skip',
      3: 'skip',
      4: 'skip',
      5: 'skip',
      6: 'create',
      7: 'skip',
      8: 'skip',
      9: 'skip',
      10: 'skip',
      11: 'skip',
    })
    expect(reasons).toMatchObject({
      2: 'province-unknown',
      3: 'date-invalid',
      4: 'level-unknown',
      5: 'district-after-merger',
      7: 'duplicate-row',
      8: 'certificate-conflict',
      9: 'product-unknown',
      10: 'producer-unknown',
      11: 'value-required',
    })
    expect(shown.rows[5]!.messages[0]!.en).toBe('Duplicate of row 6.')
    expect(shown.rows[6]!.messages[0]!.vi).toContain('Mật ong hoa cà phê')
    const done = await confirm(t.payload, world, 'staff', shown.id!)
    expect(done.result).toMatchObject({ created: 1, skipped: 9 })
    expect(await awardCount()).toBe(before + 1)
    const binhDuong = (await t.payload.find({ collection: 'awards', where: { certificateNumber: { equals: 'BD-01' } }, overrideAccess: true, depth: 0 }))
      .docs[0]!
    expect(binhDuong).toMatchObject({ provinceNameAtAward: 'Bình Dương', province: world.p1.id, awardingBody: 'UBND tỉnh Bình Dương' })
  })

  it('should create an unmatched product as a draft for its producer when asked', async () => {
    const file = csv([
      HEADER,
      ['Kẹo dứa sấy', 'Kẹo Khóm Bến Lức', 'Tây Ninh', 'cấp tỉnh', 2024, '88/QĐ-UBND', '', 'TN-31', 'Chế biến nông, lâm, thủy sản và thực phẩm', ''],
      ['Kẹo dứa sấy', 'Kẹo Khóm Bến Lức', 'Long An', 'cấp huyện', 2023, '19/QĐ-UBND', '10/07/2023', '', 'Nhóm 2', 'UBND huyện Bến Lức'],
    ])
    const withoutDrafts = await preview(t.payload, world, 'staff', file)
    expect(codes(withoutDrafts.rows[0]!)).toEqual(['product-unknown'])
    const { shown, done } = await importFile(t.payload, world, 'staff', file, { createMissingProducts: true })
    expect(actions(shown.rows)).toEqual({ 2: 'create', 3: 'create' })
    expect(codes(shown.rows[0]!)).toContain('product-will-be-created')
    expect(codes(shown.rows[1]!)).toContain('product-created-by-row')
    expect(done.result).toMatchObject({ created: 2, productsCreated: 1 })
    const drafts = await t.payload.find({ collection: 'products', where: { name: { equals: 'Kẹo dứa sấy' } }, draft: true, overrideAccess: true, depth: 0 })
    expect(drafts.docs).toHaveLength(1)
    expect(drafts.docs[0]).toMatchObject({ producer: world.producerB.id, _status: 'draft' })
    const district = (await t.payload.find({ collection: 'awards', where: { decisionNumber: { equals: '19/QĐ-UBND' } }, overrideAccess: true })).docs[0]!
    expect(district).toMatchObject({ level: 'district', awardingBody: 'UBND huyện Bến Lức', provinceNameAtAward: 'Long An' })
  })

  it('should let province-limited staff import only rows in their provinces', async () => {
    const file = csv([
      HEADER,
      ['Mật ong hoa cà phê', 'Mật ong Đất Lành', 'Bình Dương', 'cấp tỉnh', 2025, '900/QĐ-UBND', '', '', '', ''],
      ['Kẹo khóm', 'Kẹo Khóm Bến Lức', 'Long An', 'cấp tỉnh', 2022, '901/QĐ-UBND', '', '', '', ''],
    ])
    const { shown, done } = await importFile(t.payload, world, 'staffOther', file)
    expect(actions(shown.rows)).toEqual({ 2: 'skip', 3: 'create' })
    expect(codes(shown.rows[0]!)).toEqual(['outside-scope'])
    expect(shown.rows[0]!.messages[0]!.en).toBe('Thành phố Hồ Chí Minh is outside your provinces: this row is refused.')
    expect(done.result).toMatchObject({ created: 1, skipped: 1 })
    expect((await t.payload.count({ collection: 'awards', where: { decisionNumber: { equals: '900/QĐ-UBND' } }, overrideAccess: true })).totalDocs).toBe(0)
  })
  it('should leave nothing of a batch that fails part-way, and carry it out on the next confirm', async () => {
    const file = csv([
      HEADER,
      ['Mật ong hoa cà phê', 'Mật ong Đất Lành', 'Thành phố Hồ Chí Minh', 'cấp tỉnh', 2025, '901/QĐ-UBND', '', '', '', ''],
      ['Kẹo khóm', 'Kẹo Khóm Bến Lức', 'Tây Ninh', 'cấp tỉnh', 2025, '902/QĐ-UBND', '', '', '', ''],
    ])
    const shown = await preview(t.payload, world, 'staff', file)
    expect(actions(shown.rows)).toEqual({ 2: 'create', 3: 'create' })
    const before = { awards: await awardCount(), created: (await events('create')).length }
    // The search sync is queued after the batch's awards and their audit events are written.
    const queue = t.payload.jobs.queue
    t.payload.jobs.queue = (async () => {
      throw new Error('queue down')
    }) as typeof queue
    try {
      await expect(confirm(t.payload, world, 'staff', shown.id!)).rejects.toThrow('queue down')
    } finally {
      t.payload.jobs.queue = queue
    }
    expect(await awardCount()).toBe(before.awards)
    expect((await events('create')).length).toBe(before.created)
    expect(await t.payload.findByID({ collection: 'imports', id: shown.id!, overrideAccess: true, depth: 0 })).toMatchObject({ cursor: 0, status: 'preview' })
    const done = await confirm(t.payload, world, 'staff', shown.id!)
    expect(done.result).toMatchObject({ created: 2 })
    expect(await awardCount()).toBe(before.awards + 2)
  })
})
