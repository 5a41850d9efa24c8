/**
 * Where an award came from, as a buyer or an auditor needs it: level and year, the issuing body
 * as named then, the decision's number and date, the certificate number, and the province as
 * named when the award was given beside the unit it belongs to now.
 */
import { optionalCalendarDay, type CalendarDay } from '../dates/calendar-day'
import { formatDay, type DateLocale } from '../dates/format-day'
import { foldPlaceName } from '../provinces/match-provinces'
import { englishPlaceName } from '../provinces/english-place-name'
import { glossIssuer } from './issuing-body'
import { glossRound } from './round-gloss'

export type AwardRecord = {
  level: string
  year: number
  round?: string | null
  region?: string | null
  awardingBody: string
  decisionNumber: string
  decisionDate?: string | null
  certificateNumber?: string | null
  provinceNameAtAward?: string | null
  province?: { name: string; nameEn?: string | null } | null
  validUntil?: string | null
}

export type Provenance = {
  level: string
  year: number
  round?: string
  /** English gloss of the round, for English pages. */
  roundGloss?: string
  region?: string
  issuer: string
  /** English gloss of the issuer, for English pages. */
  issuerGloss?: string
  decisionNumber: string
  decisionDay?: CalendarDay
  certificateNumber?: string
  /** The province as named on the certificate. */
  provinceThen?: string
  /** That name as English pages write it. */
  provinceThenEn?: string
  /** The current unit, only when its name differs from the name then (a merged province). */
  provinceNow?: string
  validUntil?: CalendarDay
}

const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined)

export function provenanceOf(award: AwardRecord, locale: DateLocale): Provenance {
  const provinceThen = text(award.provinceNameAtAward) ?? text(award.province?.name)
  const current = award.province
  const merged = current && provinceThen && foldPlaceName(current.name) !== foldPlaceName(provinceThen)
  return {
    level: award.level,
    year: award.year,
    round: text(award.round),
    roundGloss: locale === 'en' ? glossRound(award.round) : undefined,
    region: text(award.region),
    issuer: award.awardingBody.trim(),
    issuerGloss: locale === 'en' ? glossIssuer(award.awardingBody) : undefined,
    decisionNumber: award.decisionNumber.trim(),
    decisionDay: optionalCalendarDay(award.decisionDate),
    certificateNumber: text(award.certificateNumber),
    provinceThen,
    provinceThenEn: locale === 'en' && provinceThen ? englishPlaceName(provinceThen, current) : undefined,
    provinceNow: merged ? (locale === 'en' ? (text(current.nameEn) ?? current.name) : current.name) : undefined,
    validUntil: optionalCalendarDay(award.validUntil),
  }
}

/** The words a citation needs, from the site's strings for one language. */
export type CitationWords = {
  /** "Sản phẩm công nghiệp nông thôn tiêu biểu" */
  title: string
  /** Level names as they read inside a sentence: "cấp quốc gia", "national level". */
  level: Record<string, string>
  /** "năm" / "" before the year. */
  year: string
  /** "Quyết định số" / "Decision No." */
  decision: string
  /** "ngày" / "of" before the decision date. */
  dated: string
  /** "Giấy chứng nhận số" / "certificate No." */
  certificate: string
}

/**
 * One line to quote in a listing, a tender or a news item, e.g.
 * "Mật ong … — Sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2021. Bộ Công Thương,
 * Quyết định số 1997/QĐ-BCT ngày 20/12/2021; Giấy chứng nhận số 12."
 */
export function citeAward(productName: string, p: Provenance, words: CitationWords, locale: DateLocale): string {
  const level = words.level[p.level] ?? p.level
  const year = words.year ? `${words.year} ${p.year}` : String(p.year)
  const separator = locale === 'en' ? ', ' : ' '
  const issuer = p.issuerGloss ? `${p.issuerGloss} (${p.issuer})` : p.issuer
  const decision = `${words.decision} ${p.decisionNumber}${p.decisionDay ? ` ${words.dated} ${formatDay(p.decisionDay, locale)}` : ''}`
  const certificate = p.certificateNumber ? `; ${words.certificate} ${p.certificateNumber}` : ''
  return `${productName} — ${words.title}${separator}${level}${separator}${year}. ${issuer}, ${decision}${certificate}.`
}
