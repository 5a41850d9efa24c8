/**
 * What a file is, from its first bytes rather than its name: staff rename files, and browsers send
 * whatever type the operating system guesses.
 */
export type FileKind = 'xlsx' | 'xls' | 'text' | 'utf16' | 'binary' | 'empty'

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte)

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
]

/** UTF-16 without a byte-order mark still shows itself: every other byte of Latin text is zero. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 2048)
  let zerosEven = 0
  let zerosOdd = 0
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] === 0) {
      if (i % 2 === 0) zerosEven += 1
      else zerosOdd += 1
    }
  }
  const half = sample.length / 2
  return half > 0 && Math.max(zerosEven, zerosOdd) > half * 0.3
}

function hasControlBytes(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192)
  for (const byte of sample) {
    // Tab, line feed and carriage return are text; other C0 bytes are not.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return true
  }
  return false
}

export function detectFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty'
  if (startsWith(bytes, ZIP)) return 'xlsx'
  if (startsWith(bytes, OLE2)) return 'xls'
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'utf16'
  if (BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature))) return 'binary'
  if (looksLikeUtf16(bytes)) return 'utf16'
  if (hasControlBytes(bytes)) return 'binary'
  return 'text'
}

/**
 * The text of a CSV file, which must be UTF-8 (a byte-order mark is fine). Undefined when the bytes
 * are not valid UTF-8: Vietnamese Windows saves "CSV" as Windows-1258, and older files use TCVN3,
 * neither of which can be told apart reliably, so the person is asked to save the file again.
 */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return undefined
  }
}
