/**
 * The report as files staff download: CSV (UTF-8 with a byte-order mark, so Excel opens it with
 * its diacritics) and XLSX (numbers as numbers, so sums work in the sheet).
 */
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node'
import { REPORT_COLUMNS, type ReportRow } from './report-figures'

const quote = (cell: string | number | null) => {
  const text = cell == null ? '' : String(cell)
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const header = (locale: 'vi' | 'en') => REPORT_COLUMNS.map((c) => c[locale])

export function reportCsv(rows: ReportRow[], total: ReportRow, locale: 'vi' | 'en'): string {
  const lines = [header(locale), ...[...rows, total].map((row) => REPORT_COLUMNS.map((c) => row[c.key]))]
  return `\uFEFF${lines.map((line) => line.map(quote).join(',')).join('\r\n')}\r\n`
}

export async function reportXlsx(rows: ReportRow[], total: ReportRow, locale: 'vi' | 'en'): Promise<Buffer> {
  const cell = (value: string | number | null, bold = false): Cell => {
    if (value == null || value === '') return null
    const weight = bold ? ({ fontWeight: 'bold' } as const) : {}
    return typeof value === 'number' ? { value, type: Number, format: '#,##0', ...weight } : { value, ...weight }
  }
  const sheet: SheetData = [
    header(locale).map((value) => ({ value, fontWeight: 'bold' })),
    ...rows.map((row) => REPORT_COLUMNS.map((c) => (c.key === 'year' ? row.year : cell(row[c.key])))),
    REPORT_COLUMNS.map((c) => cell(total[c.key], true)),
  ]
  const widths = [8, 40, 28, 24, 14, 18, 18, 12, 12]
  return writeXlsxFile(sheet, { columns: widths.map((width) => ({ width })), sheet: locale === 'vi' ? 'Báo cáo khuyến công' : 'Extension report' }).toBuffer()
}
