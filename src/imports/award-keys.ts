/**
 * How two awards are recognised as the same. A certificate number is unique within one round of one
 * issuer (numbering restarts every year, and each province numbers its own); without one, an award
 * is its product, level, year and decision.
 */
import type { AwardLevel } from '../awards/award-levels'
import { foldText } from '../text/fold-text'
import type { Id, Region } from './award-import-types'

/** "1234/QĐ-UBND " and "1234/qd-ubnd" are one document number. */
export function documentKey(value: string): string {
  return foldText(value).replace(/\s+/g, '').toUpperCase()
}

export function certificateKey(certificate: string, level: AwardLevel, year: number, province: Id, region: Region | null | undefined): string {
  const issuer = level === 'national' ? 'vn' : level === 'regional' ? `r:${region ?? ''}` : `p:${province}`
  return `${documentKey(certificate)}|${level}|${year}|${issuer}`
}

export function awardKey(product: Id | string, level: AwardLevel, year: number, decisionNumber: string): string {
  return `${product}|${level}|${year}|${documentKey(decisionNumber)}`
}
