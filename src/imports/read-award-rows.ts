/**
 * One award per row, read and checked on its own (no database yet): required values, the level in
 * either language, the year, the decision date, and district awards only before 1 July 2025.
 */
import type { AwardLevel } from '../awards/award-levels'
import type { AwardColumn } from './award-columns'
import { AWARD_COLUMNS } from './award-columns'
import { type ImportIssue, issue } from './import-issue'
import type { ImportRecord } from './map-columns'
import { MERGER_DAY, parseAwardLevel } from './parse-award-level'
import { cellText, parseDay, parseWholeNumber } from './read-cell'

/** The row's values as text, as they will show in the preview. */
export type AwardRowInput = Partial<Record<AwardColumn, string>>

export type AwardRow = {
  line: number
  input: AwardRowInput
  level?: AwardLevel
  year?: number
  decisionDate?: string
  errors: ImportIssue[]
  warnings: ImportIssue[]
}

const REQUIRED = AWARD_COLUMNS.filter((column) => column.required)

export function readAwardRow(record: ImportRecord<AwardColumn>): AwardRow {
  const input: AwardRowInput = {}
  for (const column of AWARD_COLUMNS) {
    const text = cellText(record.values[column.key])
    if (text !== undefined) input[column.key] = text
  }
  const errors: ImportIssue[] = []
  const warnings: ImportIssue[] = []
  for (const column of REQUIRED) if (!input[column.key]) errors.push(issue('value-required', { column: column.vi }))

  const level = parseAwardLevel(input.level)
  if (input.level && !level) errors.push(issue('level-unknown', { value: input.level }))
  const year = parseWholeNumber(record.values.year)
  if (input.year && (year === undefined || year < 2000 || year > 2100)) errors.push(issue('year-invalid', { value: input.year }))
  const decisionDate = parseDay(record.values.decisionDate)
  if (input.decisionDate && !decisionDate) errors.push(issue('date-invalid', { value: input.decisionDate }))
  // Show the date as read, not as a spreadsheet serial or a UTC timestamp.
  if (decisionDate) input.decisionDate = decisionDate
  if (level === 'district' && ((decisionDate && decisionDate >= MERGER_DAY) || (!decisionDate && year !== undefined && year > 2025))) {
    errors.push(issue('district-after-merger'))
  }
  if (decisionDate && year !== undefined && Number(decisionDate.slice(0, 4)) !== year) {
    warnings.push(issue('date-year-mismatch', { dateYear: decisionDate.slice(0, 4), year }))
  }
  return { line: record.line, input, level, year: errors.some((e) => e.code === 'year-invalid') ? undefined : year, decisionDate, errors, warnings }
}
