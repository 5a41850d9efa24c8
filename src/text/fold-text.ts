const COMBINING_MARKS = /\p{M}+/gu

/**
 * Fold text the way buyers type: lowercase, without tone or vowel marks, đ as d.
 *
 * NFKD first, so precomposed (NFC) and decomposed (NFD) input fold to the same string, and so
 * compatibility forms (full-width letters, ligatures) fold to plain letters. "Đ" has no
 * decomposition in Unicode, which is why it needs its own replacement.
 */
export function foldText(input: string): string {
  return input.normalize('NFKD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
}
