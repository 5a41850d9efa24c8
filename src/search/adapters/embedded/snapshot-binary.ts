/**
 * The byte layout of a search snapshot (version 6 on). Version 5 was one JSON text: at 100,000
 * products JSON.parse alone took 1.4 s of a 3.5–4.3 s restore, and the typed arrays went through
 * base64 on top. Now the bulk is raw bytes: an array the index keeps is copied back with one memcpy,
 * one only read while restoring is read in place, and each text column is one UTF-8 block decoded
 * in one call and cut at saved lengths. No value is parsed one by one but the header's.
 *
 *   offset 0   8 bytes   MAGIC, ASCII "TBSEARCH"
 *   offset 8   uint32    format version (little-endian)
 *   offset 12  uint32    header length in bytes
 *   offset 16  header    UTF-8 JSON (what is where, and the value dictionaries), padded with spaces to a multiple of 8
 *   then       sections  typed arrays' bytes as they sit in memory, and UTF-8 texts, each starting
 *                        at a multiple of 8 (so arrays can be read in place)
 *
 * The header names each section by `{ at, bytes }`, `at` counted from the end of the header. Typed
 * arrays are in the platform's byte order (little-endian on every server this runs on).
 */

export const MAGIC = 'TBSEARCH'
const PREFIX_BYTES = 16
const ALIGN = 8

/** Where a section sits: `at` bytes after the header, `bytes` long. */
export interface Section {
  readonly at: number
  readonly bytes: number
}

type TypedArray = Int32Array | Uint16Array | Uint8Array
type TypedArrayType<T extends TypedArray> = { new (length: number): T; readonly BYTES_PER_ELEMENT: number }
type ViewType<T extends TypedArray> = new (buffer: ArrayBufferLike, byteOffset: number, length: number) => T

const encoder = new TextEncoder()
// fatal: a damaged block is refused instead of read as replacement characters.
const decoder = new TextDecoder('utf-8', { fatal: true })

const padded = (length: number): number => Math.ceil(length / ALIGN) * ALIGN

export interface SnapshotWriter {
  array(array: TypedArray): Section
  text(text: string): Section
  /** The whole snapshot: prefix, `header` as JSON, then the sections in the order they were added. */
  finish(version: number, header: unknown): Uint8Array
}

export function createSnapshotWriter(): SnapshotWriter {
  const parts: Uint8Array[] = []
  let size = 0
  const add = (bytes: Uint8Array): Section => {
    const section = { at: size, bytes: bytes.byteLength }
    parts.push(bytes)
    size = padded(size + bytes.byteLength)
    return section
  }
  return {
    array: (array) => add(new Uint8Array(array.buffer, array.byteOffset, array.byteLength)),
    text: (text) => add(encoder.encode(text)),
    finish(version, header) {
      const json = encoder.encode(JSON.stringify(header))
      const start = PREFIX_BYTES + padded(json.byteLength)
      const out = new Uint8Array(start + size)
      out.set(encoder.encode(MAGIC))
      const view = new DataView(out.buffer)
      view.setUint32(8, version, true)
      view.setUint32(12, json.byteLength, true)
      out.set(json, PREFIX_BYTES)
      out.fill(0x20, PREFIX_BYTES + json.byteLength, start)
      let at = start
      for (const part of parts) {
        out.set(part, at)
        at = start + padded(at - start + part.byteLength)
      }
      return out
    },
  }
}

export interface SnapshotReader {
  /**
   * The section as an array to read while restoring: a view into the snapshot's bytes when aligned
   * (the common case; copying costs the fresh memory's page faults), else a copy. Not to keep: a
   * view keeps the whole snapshot in memory, texts included.
   */
  view<T extends TypedArray>(section: Section, Type: TypedArrayType<T>): T
  /** The section as a fresh array of its own, for the index to keep. */
  array<T extends TypedArray>(section: Section, Type: TypedArrayType<T>): T
  text(section: Section): string
}

/** The version in the prefix, or undefined when `bytes` do not start like a snapshot of this layout. */
export function snapshotVersion(bytes: Uint8Array): number | undefined {
  if (bytes.byteLength < PREFIX_BYTES || decoder.decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) return undefined
  return new DataView(bytes.buffer, bytes.byteOffset, PREFIX_BYTES).getUint32(8, true)
}

/** How many numbers of `Type` the bytes hold; throws unless whole. */
function elements(bytes: Uint8Array, Type: TypedArrayType<TypedArray>): number {
  const length = bytes.byteLength / Type.BYTES_PER_ELEMENT
  if (!Number.isInteger(length)) throw new Error('a section does not hold whole numbers')
  return length
}

/** The header and a reader of the sections; throws on a header or section that does not fit the bytes. */
export function readSnapshot(bytes: Uint8Array): { header: unknown; reader: SnapshotReader } {
  const headerBytes = new DataView(bytes.buffer, bytes.byteOffset, PREFIX_BYTES).getUint32(12, true)
  const start = PREFIX_BYTES + padded(headerBytes)
  if (start > bytes.byteLength) throw new Error('the header runs past the end')
  const header: unknown = JSON.parse(decoder.decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerBytes)))
  const slice = (section: Section): Uint8Array => {
    const from = start + (section?.at ?? Number.NaN)
    const to = from + (section?.bytes ?? Number.NaN)
    if (!(from >= start && to >= from && to <= bytes.byteLength)) throw new Error('a section lies outside the file')
    return bytes.subarray(from, to)
  }
  return {
    header,
    reader: {
      view<T extends TypedArray>(section: Section, Type: TypedArrayType<T>): T {
        const source = slice(section)
        if (source.byteOffset % Type.BYTES_PER_ELEMENT !== 0) return this.array(section, Type)
        return new (Type as unknown as ViewType<T>)(source.buffer, source.byteOffset, elements(source, Type))
      },
      array<T extends TypedArray>(section: Section, Type: TypedArrayType<T>): T {
        const source = slice(section)
        const array = new Type(elements(source, Type))
        new Uint8Array(array.buffer).set(source)
        return array
      },
      text: (section) => decoder.decode(slice(section)),
    },
  }
}
