// Control characters (C0, DEL, C1) act as word separators: a pasted "mật\nong" is two words, not one.
const CONTROL_CHARS = /\p{Cc}/gu
// Format characters (zero-width space and joiners, BOM, soft hyphen) are invisible and sit inside
// words, so they are dropped rather than turned into separators.
const FORMAT_CHARS = /\p{Cf}/gu
const WHITESPACE_RUN = /\s+/gu

/**
 * Put text in the one shape every other text function expects: NFC, no control or invisible format
 * characters, single spaces, trimmed. Idempotent.
 */
export function normalizeText(input: string): string {
  return input.normalize('NFC').replace(CONTROL_CHARS, ' ').replace(FORMAT_CHARS, '').replace(WHITESPACE_RUN, ' ').trim()
}
