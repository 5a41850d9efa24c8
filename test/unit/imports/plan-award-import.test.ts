import { describe, expect, it } from 'vitest'
import { AWARD_COLUMNS } from '../../../src/imports/award-columns'
import type { AwardImportContext } from '../../../src/imports/award-import-types'
import { ImportFileError } from '../../../src/imports/import-issue'
import { mapColumns } from '../../../src/imports/map-columns'
import { planAwardImport, summarisePlan } from '../../../src/imports/plan-award-import'
import { readAwardRow } from '../../../src/imports/read-award-rows'
import type { ImportTable } from '../../../src/imports/read-import-file'

const context: AwardImportContext = {
  provinces: [
    { id: 1, name: 'Thành phố Hồ Chí Minh', slug: 'ho-chi-minh', formerNames: ['Bình Dương', 'Bà Rịa - Vũng Tàu'], region: 'south' },
    { id: 2, name: 'Tây Ninh', slug: 'tay-ninh', formerNames: ['Long An'], region: 'south' },
  ],
  producers: [
    { id: 10, brandName: 'Mật ong Đất Lành', province: 1 },
    { id: 20, brandName: 'Kẹo khóm Út Hiền', province: 2 },
  ],
  products: [
    { id: 100, name: 'Mật ong hoa cà phê', producer: 10 },
    { id: 200, name: 'Kẹo khóm Bến Lức 200 g', producer: 20 },
  ],
  groups: [{ id: 2, name: 'Chế biến nông, lâm, thủy sản và thực phẩm', nameEn: 'Processed foods', code: '2' }],
  awards: [
    {
      id: 900,
      product: 200,
      level: 'national',
      year: 2023,
      decisionNumber: '3116/QĐ-BCT',
      certificateNumber: 'QG-2023-008',
      province: 2,
      provinceNameAtAward: 'Long An',
      awardingBody: 'Bộ Công Thương',
    },
  ],
}

const table = (rows: (string | number)[][]): ImportTable => ({ format: 'csv', rows: rows.map((cells, i) => ({ line: i + 1, cells })) })
const HEADER = ['ten san pham', 'CO SO', ' Tỉnh ', 'cấp', 'Năm', 'Số quyết định', 'Ngày quyết định', 'Số chứng nhận', 'Ghi chú']

function plan(rows: (string | number)[][], scope?: (number | string)[]) {
  const { records, ignoredColumns } = mapColumns(table([HEADER, ...rows]), AWARD_COLUMNS)
  return { ignoredColumns, rows: planAwardImport(records.map(readAwardRow), { ...context, scope }, { createMissingProducts: false }).rows }
}

describe('planning an award list', () => {
  it('should find the header whatever its case, spaces and diacritics, and list unused columns', () => {
    const { ignoredColumns, rows } = plan([['Mật ong hoa cà phê', 'Mật ong Đất Lành', 'Bình Dương', 'cấp tỉnh', 2024, '12/QĐ-UBND', '01/10/2024', 'BD-1', 'x']])
    expect(ignoredColumns).toEqual(['Ghi chú'])
    expect(rows[0]).toMatchObject({
      action: 'create',
      data: { product: 100, province: 1, provinceNameAtAward: 'Bình Dương', awardingBody: 'UBND tỉnh Bình Dương', decisionDate: '2024-10-01' },
    })
  })

  it('should find the header below a title row', () => {
    const { records } = mapColumns(table([['DANH SÁCH SẢN PHẨM CNNT TIÊU BIỂU NĂM 2025'], [], HEADER, ['a', 'b', 'c', 'd', 2025, 'e']]), AWARD_COLUMNS)
    expect(records.map((r) => r.line)).toEqual([4])
  })

  it('should refuse a file without the required columns', () => {
    expect(() =>
      mapColumns(
        table([
          ['Tên sản phẩm', 'Cơ sở'],
          ['a', 'b'],
        ]),
        AWARD_COLUMNS,
      ),
    ).toThrow(ImportFileError)
  })

  it('should see an existing award as unchanged, and a changed certificate as a conflict or an update', () => {
    const same = ['Kẹo khóm Bến Lức 200 g', 'Kẹo khóm Út Hiền', 'Long An', 'cấp quốc gia', 2023, '3116/QĐ-BCT', '', 'QG-2023-008']
    expect(plan([same]).rows[0]).toMatchObject({ action: 'unchanged', awardId: 900 })
    const dated = [...same]
    dated[6] = '15/12/2023'
    expect(plan([dated]).rows[0]).toMatchObject({ action: 'update', changes: [{ field: 'decisionDate', from: null, to: '2023-12-15' }] })
    const stolen = ['Mật ong hoa cà phê', 'Mật ong Đất Lành', 'TP Hồ Chí Minh', 'national', 2023, '3116/QĐ-BCT', '', 'qg-2023-008']
    expect(plan([stolen]).rows[0]).toMatchObject({ action: 'skip', issues: [{ code: 'certificate-conflict' }] })
  })

  it('should flag duplicates and conflicts within the file, keeping the first row', () => {
    const row = ['Mật ong hoa cà phê', 'Mật ong Đất Lành', 'Bình Dương', 'cấp tỉnh', 2024, '12/QĐ-UBND', '', 'BD-1']
    const other = ['Mật ong hoa cà phê', 'Mật ong Đất Lành', 'Bình Dương', 'cấp tỉnh', 2024, '12/QĐ-UBND', '02/10/2024', 'BD-1']
    const thief = ['Kẹo khóm Bến Lức 200 g', 'Kẹo khóm Út Hiền', 'Tây Ninh', 'cấp tỉnh', 2024, '12/QĐ-UBND', '', 'BD-1']
    const { rows } = plan([row, row, other, thief])
    expect(rows.map((r) => [r.action, r.issues[0]?.code])).toEqual([
      ['create', 'former-province'],
      ['skip', 'duplicate-row'],
      ['skip', 'duplicate-award-in-file'],
      ['create', undefined], // another province's certificate series
    ])
  })

  it('should refuse rows outside a province-limited staff member’s provinces', () => {
    const { rows } = plan(
      [
        ['Mật ong hoa cà phê', 'Mật ong Đất Lành', 'Bình Dương', 'cấp tỉnh', 2024, '12/QĐ-UBND', '', ''],
        ['Kẹo khóm Bến Lức 200 g', 'Kẹo khóm Út Hiền', 'Long An', 'cấp tỉnh', 2024, '13/QĐ-UBND', '', ''],
      ],
      [2],
    )
    expect(rows.map((r) => r.action)).toEqual(['skip', 'create'])
    expect(rows[0]!.issues[0]).toEqual({ code: 'outside-scope', params: { province: 'Thành phố Hồ Chí Minh' } })
    expect(summarisePlan(rows)).toMatchObject({ total: 2, create: 1, skip: 1 })
  })

  it('should need the issuer of a commune or district award, and refuse district awards after the merger', () => {
    const { rows } = plan([
      ['Kẹo khóm Bến Lức 200 g', 'Kẹo khóm Út Hiền', 'Long An', 'cấp huyện', 2020, '5/QĐ-UBND', '05/07/2020', ''],
      ['Kẹo khóm Bến Lức 200 g', 'Kẹo khóm Út Hiền', 'Tây Ninh', 'cấp huyện', 2025, '6/QĐ-UBND', '01/07/2025', ''],
    ])
    expect(rows.map((r) => r.issues[0]?.code)).toEqual(['issuer-needed', 'district-after-merger'])
  })
})
