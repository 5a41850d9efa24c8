import { normalizeText } from './normalize-text'

// Letters, combining marks and digits make words; everything else separates them. Unicode-aware,
// so "Đắk Lắk", "H'Mông" (two words) and "OCOP-4" (two words) split the way a reader expects.
// Matching words is about twice as fast in V8 as splitting on separators.
const WORD = /[\p{L}\p{M}\p{N}]+/gu

/** Split text into words with their diacritics intact (NFC). */
export function splitWords(input: string): string[] {
  return normalizeText(input).match(WORD) ?? []
}
