/**
 * Reads an uploaded list (CSV in UTF-8, or the first sheet of an .xlsx workbook) into rows of
 * cells, and refuses anything else with a message that says how to fix the file. CSV through
 * csv-parse (quoted fields, line breaks inside cells); XLSX through read-excel-file (small, kept up,
 * typed cells, dates as dates).
 */
import { parse } from 'csv-parse/sync'
import { readSheet } from 'read-excel-file/node'
import { decodeUtf8, detectFileKind } from './detect-file-kind'
import { ImportFileError, issue } from './import-issue'

export type Cell = string | number | boolean | Date | null

export type TableRow = { /** Row number as a spreadsheet shows it (the header row is usually 1). */ line: number; cells: Cell[] }

export type ImportTable = { format: 'csv' | 'xlsx'; rows: TableRow[] }

/** Large enough for tens of thousands of rows; a decision list is a few hundred. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024
export const IMPORT_MAX_ROWS = 20_000

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

export function tooLarge(size: number): ImportFileError {
  return new ImportFileError(issue('file-too-large', { size: formatBytes(size), limit: formatBytes(IMPORT_MAX_BYTES) }), 413)
}

/** The delimiter of the header line: Excel in a Vietnamese locale writes ";" where others write ",". */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const unquoted = firstLine.replace(/"[^"]*"/g, '')
  const counts = [',', ';', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const)
  const [best] = [...counts].sort((a, b) => b[1] - a[1])
  return best && best[1] > 0 ? best[0] : ','
}

function readCsv(bytes: Uint8Array): TableRow[] {
  const text = decodeUtf8(bytes)
  if (text === undefined) throw new ImportFileError(issue('file-legacy-encoding'))
  try {
    const records: string[][] = parse(text, { bom: true, delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true })
    return records.map((cells, index) => ({ line: index + 1, cells }))
  } catch (error) {
    throw new ImportFileError(issue('file-unreadable', { detail: (error as Error).message }))
  }
}

async function readXlsx(bytes: Uint8Array): Promise<TableRow[]> {
  try {
    const rows = (await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as Cell[][]
    return rows.map((cells, index) => ({ line: index + 1, cells }))
  } catch {
    // A zip that is not a workbook (a .docx, a damaged file): the library's own words help nobody.
    throw new ImportFileError(issue('file-type'))
  }
}

const isBlank = (cell: Cell) => cell === null || (typeof cell === 'string' && cell.trim() === '')

export async function readImportFile(bytes: Uint8Array): Promise<ImportTable> {
  if (bytes.length > IMPORT_MAX_BYTES) throw tooLarge(bytes.length)
  const kind = detectFileKind(bytes)
  if (kind === 'empty') throw new ImportFileError(issue('file-empty'))
  if (kind === 'xls') throw new ImportFileError(issue('file-xls'))
  if (kind === 'utf16') throw new ImportFileError(issue('file-utf16'))
  if (kind === 'binary') throw new ImportFileError(issue('file-type'))
  const format = kind === 'xlsx' ? 'xlsx' : 'csv'
  const rows = (format === 'xlsx' ? await readXlsx(bytes) : readCsv(bytes)).filter((row) => !row.cells.every(isBlank))
  if (rows.length === 0) throw new ImportFileError(issue('file-empty'))
  if (rows.length > IMPORT_MAX_ROWS + 10) throw new ImportFileError(issue('file-too-many-rows', { count: rows.length, limit: IMPORT_MAX_ROWS }))
  return { format, rows }
}
