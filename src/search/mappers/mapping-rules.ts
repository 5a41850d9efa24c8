/** Rules every mapper applies the same way: what counts as published, valid, or short enough. */
import { normalizeText } from '../../text/normalize-text'
import type { AwardLevel } from '../types'
import { AWARD_LEVELS } from '../types'
import type { CmsAward, CmsCertification } from './cms-types'

const SUMMARY_LENGTH = 300

/** A summary short enough for a result card, cut at a word boundary. */
export function summarize(...parts: readonly (string | null | undefined)[]): string {
  const text = normalizeText(parts.filter((part): part is string => Boolean(part)).join(' · '))
  if (text.length <= SUMMARY_LENGTH) return text
  const slice = text.slice(0, SUMMARY_LENGTH)
  const lastSpace = slice.lastIndexOf(' ')
  return `${lastSpace > SUMMARY_LENGTH / 2 ? slice.slice(0, lastSpace) : slice}…`
}

/**
 * Only documents explicitly published reach a public index. A missing `_status` counts as a draft
 * for collections with drafts; `allowMissing` is for collections that have no drafts at all (fairs).
 */
export function isPublished(status: unknown, options: { allowMissing: boolean }): boolean {
  if (status === 'published') return true
  return options.allowMissing && (status === undefined || status === null)
}

export interface AwardSummary {
  readonly levels: AwardLevel[]
  readonly years: number[]
  readonly newestYear: number | undefined
}

/** Award levels and years; awards with an unknown level or no sensible year are left out. */
export function summarizeAwards(awards: readonly CmsAward[] | null | undefined): AwardSummary {
  const levels = new Set<AwardLevel>()
  const years = new Set<number>()
  for (const award of Array.isArray(awards) ? awards : []) {
    const level = award?.level
    const year = typeof award?.year === 'string' ? Number(award.year) : award?.year
    if (typeof level !== 'string' || !(AWARD_LEVELS as readonly string[]).includes(level)) continue
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2200) continue
    levels.add(level as AwardLevel)
    years.add(year)
  }
  const sortedYears = [...years].sort((a, b) => b - a)
  return { levels: [...levels], years: sortedYears, newestYear: sortedYears[0] }
}

/** Certification kinds still valid at `now` (no end date counts as valid). */
export function validCertifications(certifications: readonly CmsCertification[] | null | undefined, now: Date): string[] {
  const kinds = new Set<string>()
  for (const certification of Array.isArray(certifications) ? certifications : []) {
    const kind = typeof certification?.kind === 'string' ? normalizeText(certification.kind) : ''
    if (!kind) continue
    const until = certification.validUntil ? Date.parse(certification.validUntil) : Number.NaN
    // An expired OCOP star must not pass for a valid one; an unreadable date is treated as expired.
    if (certification.validUntil && (!Number.isFinite(until) || until < now.getTime())) continue
    kinds.add(kind)
  }
  return [...kinds]
}

export function uniqueText(values: readonly (string | null | undefined)[]): string[] {
  return [...new Set(values.map((value) => (value ? normalizeText(value) : '')).filter((value) => value.length > 0))]
}
