/**
 * Finds the header row and which column holds what. Staff lists carry Vietnamese headers, exports
 * from other tools English keys; order, case, diacritics, spaces and underscores do not matter, so
 * "Tên sản phẩm", "TEN SAN PHAM" and "ten_san_pham" are one column.
 */
import { foldText } from '../text/fold-text'
import { normalizeText } from '../text/normalize-text'
import { ImportFileError, issue } from './import-issue'
import type { Cell, ImportTable } from './read-import-file'

export type ColumnSpec<K extends string = string> = {
  readonly key: K
  /** The header on the centres' own lists. */
  readonly vi: string
  /** The English key, snake_case. */
  readonly en: string
  readonly aliases?: readonly string[]
  readonly required?: boolean
}

export type ImportRecord<K extends string> = { line: number; values: Partial<Record<K, Cell>> }

export type ImportRecords<K extends string> = { headerLine: number; records: ImportRecord<K>[]; ignoredColumns: string[] }

/** "Số quyết định " → "soquyetdinh"; "decision_number" → "decisionnumber". */
export function headerKey(text: Cell): string {
  return foldText(normalizeText(String(text ?? ''))).replace(/[^a-z0-9]/g, '')
}

/** The header rows of real decision lists sit under a title; look a few rows down for them. */
const HEADER_SEARCH_ROWS = 10

function lookupTable<K extends string>(columns: readonly ColumnSpec<K>[]): Map<string, K> {
  const table = new Map<string, K>()
  for (const column of columns) for (const name of [column.vi, column.en, ...(column.aliases ?? [])]) table.set(headerKey(name), column.key)
  return table
}

export function describeColumns(columns: readonly ColumnSpec[]): string {
  return columns.map((column) => `${column.vi} (${column.en})`).join(', ')
}

export function mapColumns<K extends string>(table: ImportTable, columns: readonly ColumnSpec<K>[]): ImportRecords<K> {
  const lookup = lookupTable(columns)
  const candidates = table.rows.slice(0, HEADER_SEARCH_ROWS)
  const header = candidates.find((row) => row.cells.filter((cell) => lookup.has(headerKey(cell))).length >= 2) ?? candidates[0]!
  const positions = new Map<K, number>()
  const ignoredColumns: string[] = []
  header.cells.forEach((cell, index) => {
    const key = lookup.get(headerKey(cell))
    if (key === undefined) {
      const text = normalizeText(String(cell ?? ''))
      if (text) ignoredColumns.push(text)
      return
    }
    if (positions.has(key)) throw new ImportFileError(issue('file-duplicate-column', { column: normalizeText(String(cell)) }))
    positions.set(key, index)
  })
  const missing = columns.filter((column) => column.required && !positions.has(column.key))
  if (missing.length > 0) throw new ImportFileError(issue('file-missing-columns', { columns: describeColumns(missing) }))
  const records = table.rows
    .filter((row) => row.line > header.line)
    .map((row) => {
      const values: Partial<Record<K, Cell>> = {}
      for (const [key, index] of positions) values[key] = row.cells[index] ?? null
      return { line: row.line, values }
    })
  if (records.length === 0) throw new ImportFileError(issue('file-no-rows'))
  return { headerLine: header.line, records, ignoredColumns }
}
