/**
 * Text from outside (a buyer's enquiry, a search query or filter in the address) is kept as plain
 * text before it is stored or echoed on a page: control characters and the invisible bidirectional
 * controls that can turn a title or a name around are removed, Vietnamese is normalised to NFC so
 * "ế" typed on two keyboards compares equal, and outer spaces are trimmed. Line breaks survive only
 * where several lines make sense (cleanText, for a message).
 */
// C0 controls except tab/newline/carriage return, DEL, C1 controls, the Arabic letter mark, the
// left-to-right/right-to-left marks, bidi embeddings/overrides/isolates, and the BOM.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are removed
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g
const LINE_BREAKS = /\r\n?|[\n\u2028\u2029]/g

/** One line of text: line breaks and tabs become spaces, controls go, runs of spaces shrink. */
export function cleanLine(value: string): string {
  return value.normalize('NFC').replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROL, '').replace(/ {2,}/g, ' ').trim()
}

/** Several lines of text (a message): line breaks kept, at most two empty lines in a row. */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(CONTROL, '')
    .replace(/\n{4,}/g, '\n\n\n')
    .trim()
}
