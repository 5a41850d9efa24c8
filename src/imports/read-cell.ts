/**
 * Cell values as the import needs them: trimmed text, whole numbers, calendar days. Spreadsheets
 * hand over numbers and dates as such, CSV as text; both come out the same.
 */
import { normalizeText } from '../text/normalize-text'
import type { Cell } from './read-import-file'

/** Text of a cell, NFC with single spaces; empty cells are undefined. */
export function cellText(cell: Cell | undefined): string | undefined {
  if (cell === null || cell === undefined) return undefined
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10)
  const text = normalizeText(String(cell))
  return text === '' ? undefined : text
}

const pad = (n: number) => String(n).padStart(2, '0')

function validDay(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= last ? `${year}-${pad(month)}-${pad(day)}` : undefined
}

// Excel counts days from 30 December 1899 (its 1900 leap-year bug included).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)

/**
 * A calendar day `YYYY-MM-DD` from dd/mm/yyyy (also with - or . and one-digit parts), ISO
 * yyyy-mm-dd, a spreadsheet date, or a spreadsheet date serial. Undefined when it is no real day
 * (31/02/2024). Vietnamese lists put the day first, so 03/04/2024 is 3 April.
 */
export function parseDay(cell: Cell | undefined): string | undefined {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? undefined : validDay(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate())
  }
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 80_000) return undefined
    const date = new Date(EXCEL_EPOCH + cell * 86_400_000)
    return validDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
  }
  const text = cellText(cell)
  if (!text) return undefined
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)
  if (dayFirst) return validDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]))
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text)
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  return undefined
}

/** A whole number from a number cell or text such as "2024"; undefined otherwise. */
export function parseWholeNumber(cell: Cell | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : undefined
  const text = cellText(cell)
  return text && /^\d+$/.test(text) ? Number(text) : undefined
}

/**
 * An amount such as 150000, "150.000" or "150,000" (Vietnamese and English thousands), or "12,5"
 * / "12.5" (decimals). Undefined when it is not a number.
 */
export function parseAmount(cell: Cell | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined
  const text = cellText(cell)?.replace(/\s|đ|₫|vnđ|vnd|usd|\$/gi, '')
  if (!text) return undefined
  if (/^\d{1,3}([.,]\d{3})+$/.test(text)) return Number(text.replace(/[.,]/g, ''))
  if (/^\d+([.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'))
  return undefined
}
