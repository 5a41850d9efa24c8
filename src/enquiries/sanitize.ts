/**
 * Buyer text is kept as plain text: control characters (and the invisible bidirectional
 * overrides that can disguise a link or a name) are removed, Vietnamese is normalised to NFC so
 * "ế" typed on two keyboards compares equal, and outer spaces are trimmed. Line breaks survive
 * only where a buyer may write several lines (the message).
 */
// C0 controls except tab/newline/carriage return, DEL, C1 controls, bidi embeddings/overrides/isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are removed or refused
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g
const LINE_BREAKS = /\r\n?|[\n\u2028\u2029]/g

export function cleanLine(value: string): string {
  return value.normalize('NFC').replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROL, '').replace(/ {2,}/g, ' ').trim()
}

export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(CONTROL, '')
    .replace(/\n{4,}/g, '\n\n\n')
    .trim()
}
