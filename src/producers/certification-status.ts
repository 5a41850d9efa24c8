/**
 * Whether a certificate (OCOP stars, VietGAP, HACCP…) still holds on a given day. Buyers cannot
 * tell expired OCOP products from valid ones, so the site says it plainly. OCOP holders are
 * warned 30 days before expiry; the site shows "expiring" in that window.
 */
import { calendarDay, daysBetween, optionalCalendarDay } from '../dates/calendar-day'

export type CertificationStatus = 'valid' | 'expiring' | 'expired' | 'undated'

export const EXPIRY_WARNING_DAYS = 30

export type Certification = {
  kind: string
  stars?: number | null
  name?: string | null
  number?: string | null
  issuedBy?: string | null
  issuedOn?: string | null
  validUntil?: string | null
  /** Set by centre staff once checked against the evidence. */
  verified?: boolean | null
}

export function certificationStatus(cert: Pick<Certification, 'validUntil'>, now: Date): CertificationStatus {
  const until = optionalCalendarDay(cert.validUntil)
  if (!until) return 'undated'
  const left = daysBetween(calendarDay(now), until)
  if (left < 0) return 'expired'
  return left <= EXPIRY_WARNING_DAYS ? 'expiring' : 'valid'
}

/** True while the certificate holds (undated ones hold). */
export function isCertificationCurrent(cert: Pick<Certification, 'validUntil'>, now: Date): boolean {
  return certificationStatus(cert, now) !== 'expired'
}

/** Current certificates first (by kind order), expired ones last. */
export function sortCertifications<T extends Certification>(certs: readonly T[], now: Date, kindOrder: readonly string[]): T[] {
  const rank = (c: T) => (isCertificationCurrent(c, now) ? 0 : 1000) + Math.max(0, kindOrder.indexOf(c.kind))
  return [...certs].sort((a, b) => rank(a) - rank(b))
}
