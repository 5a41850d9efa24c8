/**
 * Looking up an award by its decision number ("3116/QĐ-BCT") or certificate number. Buyers type
 * these without diacritics, with other dashes or spaces ("3116/QD-BCT", "3116 qđ bct"), or
 * only the leading number.
 */
import { foldText } from '../text/fold-text'

/** "3116/QĐ-BCT" → "3116/QD-BCT": folded, upper case, spaces and dash variants unified. */
export function normalizeDocumentNumber(value: string): string {
  return foldText(value)
    .trim()
    .toUpperCase()
    .replace(/[‐-―]/g, '-')
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\s+/g, '-')
}

/** The first run of digits, which the database can match before the full comparison. */
export function leadingNumber(value: string): string | undefined {
  return /\d+/.exec(value)?.[0]
}

/**
 * Whether a typed number names this document: the same after normalising, or the whole
 * leading part of it ("3116" finds "3116/QĐ-BCT", but "311" does not).
 */
export function documentNumberMatches(query: string, value: string | null | undefined): boolean {
  if (!value) return false
  const q = normalizeDocumentNumber(query)
  const v = normalizeDocumentNumber(value)
  if (!q) return false
  if (q === v) return true
  return v.startsWith(q) && !/[A-Z0-9]/.test(v.charAt(q.length))
}
