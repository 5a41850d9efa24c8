import { describe, expect, it } from 'vitest'
import { parseAwardLevel } from '../../../src/imports/parse-award-level'
import { cellText, parseAmount, parseDay, parseWholeNumber } from '../../../src/imports/read-cell'

describe('parseDay', () => {
  it.each([
    ['05/11/2024', '2024-11-05'],
    ['5/1/2024', '2024-01-05'],
    ['05-11-2024', '2024-11-05'],
    ['05.11.2024', '2024-11-05'],
    ['2024-11-05', '2024-11-05'],
    ['2024-11-05T00:00:00.000Z', '2024-11-05'],
    ['29/02/2024', '2024-02-29'],
  ])('should read %s as %s', (text, day) => expect(parseDay(text)).toBe(day))

  it.each(['31/02/2024', '29/02/2023', '31/11/2025', '13/13/2024', '2024/11/05', 'ngày 5 tháng 11', '11/05/24', ''])('should refuse %j', (text) =>
    expect(parseDay(text)).toBeUndefined(),
  )

  it('should read spreadsheet dates and date serials', () => {
    expect(parseDay(new Date(Date.UTC(2025, 10, 18)))).toBe('2025-11-18')
    expect(parseDay(45979)).toBe('2025-11-18')
    expect(parseDay(45979.5)).toBeUndefined()
  })
})

describe('cell values', () => {
  it('should trim and normalise text, and treat blanks as missing', () => {
    expect(cellText('  Mật\u00a0ong   rừng ')).toBe('Mật ong rừng')
    expect(cellText('Me\u0301t')).toBe('Mét')
    expect(cellText('   ')).toBeUndefined()
    expect(cellText(null)).toBeUndefined()
  })

  it('should read whole numbers and amounts written the Vietnamese or English way', () => {
    expect(parseWholeNumber('2024')).toBe(2024)
    expect(parseWholeNumber(2024)).toBe(2024)
    expect(parseWholeNumber('2024a')).toBeUndefined()
    expect(parseAmount('150.000')).toBe(150000)
    expect(parseAmount('1,250,000 đ')).toBe(1250000)
    expect(parseAmount('12,5')).toBe(12.5)
    expect(parseAmount('một trăm')).toBeUndefined()
  })
})

describe('parseAwardLevel', () => {
  it.each([
    ['cấp tỉnh', 'provincial'],
    ['Cấp Quốc gia', 'national'],
    ['CAP KHU VUC', 'regional'],
    ['cấp huyện', 'district'],
    ['Cấp xã', 'commune'],
    ['provincial', 'provincial'],
    ['National level', 'national'],
    ['cấp thành phố', 'provincial'],
  ])('should read %j as %s', (text, level) => expect(parseAwardLevel(text)).toBe(level))

  it('should not guess', () => {
    expect(parseAwardLevel('cấp xóm')).toBeUndefined()
    expect(parseAwardLevel('')).toBeUndefined()
  })
})
