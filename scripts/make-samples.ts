/**
 * `npm run samples`: writes the demo award list (scripts/seed/samples/award-decisions.ts) as CSV
 * (UTF-8 with a byte-order mark, so Excel opens it with its diacritics) and as XLSX (dates as real
 * dates), for staff to try the import and for the tests.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import writeXlsxFile from 'write-excel-file/node'
import { SAMPLE_HEADER, SAMPLE_ROWS } from './seed/samples/award-decisions'

const dir = path.join('scripts', 'seed', 'samples')
const quote = (cell: string | number) => (/[",\r\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell))
const csv = [SAMPLE_HEADER, ...SAMPLE_ROWS].map((row) => row.map(quote).join(',')).join('\r\n')
writeFileSync(path.join(dir, 'award-decisions.csv'), `\uFEFF${csv}\r\n`)

/** "18/11/2025" → a date cell; a day that does not exist stays text, as a person would have typed it. */
function dateCell(text: string) {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text)
  const date = m ? new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))) : undefined
  if (!date || date.getUTCDate() !== Number(m![1])) return text ? { value: text } : null
  return { value: date, format: 'dd/mm/yyyy' }
}

const header = SAMPLE_HEADER.map((value) => ({ value, fontWeight: 'bold' as const }))
const rows = SAMPLE_ROWS.map((row) => row.map((value, i) => (i === 6 ? dateCell(String(value)) : value === '' ? null : { value })))
const buffer = await writeXlsxFile([header, ...rows] as never, { columns: SAMPLE_HEADER.map(() => ({ width: 22 })) } as never).toBuffer()
writeFileSync(path.join(dir, 'award-decisions.xlsx'), buffer)
console.log(`Wrote ${dir}/award-decisions.csv and .xlsx (${SAMPLE_ROWS.length} rows).`)
