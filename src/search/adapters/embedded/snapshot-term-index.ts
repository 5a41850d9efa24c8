import { Buffer } from 'node:buffer'
import SearchableMap from 'minisearch/SearchableMap'
import type { IndexRecord } from '../../build-index-record'
import { FIELD_COUNT, type TermIndex, type TermPostings } from './term-index'

/**
 * The term index as saved in a snapshot: the vocabulary as a word list, the postings and the
 * per-document numbers as typed arrays in base64. Restoring then copies arrays instead of
 * tokenizing every record again, which took 15 s at 100,000 products. Removed documents are left
 * out and the others numbered densely, in the order of the records saved beside it.
 */
export interface SavedTermIndex {
  readonly terms: string[]
  /** Postings per term and field (term × FIELD_COUNT + field), 0 when the field lacks the term; Int32Array. */
  readonly counts: string
  /**
   * Every posting, list after list in the order of `counts`, as two variable-length numbers: the
   * gap from the list's previous document number (from -1 for the first), then the term frequency.
   * Gaps are small and frequencies mostly 1: two or three bytes a posting instead of six.
   */
  readonly postings: string
  /** Token counts by field, then document; Int32Array each. */
  readonly fieldLengths: string[]
  /** Int32Array by document. */
  readonly initials: string
  /** Run start by document (Int32Array) and the runs (Uint16Array), as in TermIndex. */
  readonly pairStart: string
  readonly pairCodes: string
}

type TypedArray = Int32Array | Uint16Array | Uint8Array

/** Bytes in the platform's order (little-endian on every server this runs on). */
function toBase64(array: TypedArray): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64')
}

/** A copy into a fresh array: a decoded Buffer may sit at an offset its element size does not divide. */
function fromBase64<T extends TypedArray>(text: string, Type: { new (length: number): T; readonly BYTES_PER_ELEMENT: number }): T {
  const bytes = Buffer.from(text, 'base64')
  const array = new Type(bytes.byteLength / Type.BYTES_PER_ELEMENT)
  new Uint8Array(array.buffer).set(bytes)
  return array
}

/** Seven bits a byte, low bits first; the high bit says more bytes follow. Returns the next free position. */
function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  let rest = value
  let next = at
  while (rest >= 0x80) {
    bytes[next++] = (rest & 0x7f) | 0x80
    rest >>>= 7
  }
  bytes[next++] = rest
  return next
}

/** New document numbers: dense over the live documents, -1 for removed ones. */
function renumberLive(records: readonly (IndexRecord | undefined)[]): Int32Array {
  const renumber = new Int32Array(records.length).fill(-1)
  let next = 0
  for (let doc = 0; doc < records.length; doc += 1) if (records[doc] !== undefined) renumber[doc] = next++
  return renumber
}

/** Live postings of the terms that still have some, renumbered. */
function savePostings(index: TermIndex, renumber: Int32Array): Pick<SavedTermIndex, 'terms' | 'counts' | 'postings'> {
  const kept: [string, TermPostings][] = []
  let total = 0
  for (const [term, postings] of index.vocabulary) {
    const live = postings.reduce((sum, list) => sum + (list?.live ?? 0), 0)
    if (live === 0) continue
    kept.push([term, postings])
    total += live
  }
  const counts = new Int32Array(kept.length * FIELD_COUNT)
  // At most five bytes for a gap and three for a frequency.
  const bytes = new Uint8Array(total * 8)
  let at = 0
  kept.forEach(([, postings], term) => {
    for (let field = 0; field < FIELD_COUNT; field += 1) {
      const list = postings[field]
      if (!list) continue
      let count = 0
      let previous = -1
      for (let i = 0; i < list.count; i += 1) {
        const doc = renumber[list.docs[i]!]!
        if (doc < 0) continue
        at = writeVarint(bytes, writeVarint(bytes, at, doc - previous), list.freqs[i]!)
        previous = doc
        count += 1
      }
      counts[term * FIELD_COUNT + field] = count
    }
  })
  return { terms: kept.map(([term]) => term), counts: toBase64(counts), postings: toBase64(bytes.subarray(0, at)) }
}

/** The per-document numbers of the live documents, in their new order. */
function savePerDocument(index: TermIndex, renumber: Int32Array): Pick<SavedTermIndex, 'fieldLengths' | 'initials' | 'pairStart' | 'pairCodes'> {
  const liveCount = index.liveCount
  const fieldLengths = index.fieldLengths.map(() => new Int32Array(liveCount))
  const initials = new Int32Array(liveCount)
  const pairStart = new Int32Array(liveCount)
  const pairCodes = new Uint16Array(index.pairCount)
  let pairCount = 0
  for (let doc = 0; doc < renumber.length; doc += 1) {
    const to = renumber[doc]!
    if (to < 0) continue
    for (let field = 0; field < FIELD_COUNT; field += 1) fieldLengths[field]![to] = index.fieldLengths[field]![doc]!
    initials[to] = index.initials[doc]!
    pairStart[to] = pairCount
    const end = doc + 1 < renumber.length ? index.pairStart[doc + 1]! : index.pairCount
    for (let i = index.pairStart[doc]!; i < end; i += 1) pairCodes[pairCount++] = index.pairCodes[i]!
  }
  return {
    fieldLengths: fieldLengths.map(toBase64),
    initials: toBase64(initials),
    pairStart: toBase64(pairStart),
    pairCodes: toBase64(pairCodes.slice(0, pairCount)),
  }
}

/** The live part of the term index, for a snapshot (the live records must be saved in document order beside it). */
export function saveTermIndex(index: TermIndex): SavedTermIndex {
  const renumber = renumberLive(index.records)
  return { ...savePostings(index, renumber), ...savePerDocument(index, renumber) }
}

/** The postings written by `savePostings`, back in two arrays (each list's run where `counts` says). */
function decodePostings(bytes: Uint8Array, counts: Int32Array, total: number): { docs: Int32Array; freqs: Uint16Array } {
  const docs = new Int32Array(total)
  const freqs = new Uint16Array(total)
  let at = 0
  let posting = 0
  const read = (): number => {
    // One byte is the common case (a gap under 128, a frequency of 1): no loop for it.
    const first = bytes[at++]!
    if (first < 0x80) return first
    let value = first & 0x7f
    for (let shift = 7; ; shift += 7) {
      if (at >= bytes.length) throw new Error('the saved postings end early')
      const byte = bytes[at++]!
      value += (byte & 0x7f) * 2 ** shift
      if (byte < 0x80) return value
    }
  }
  for (const count of counts) {
    let doc = -1
    for (let i = 0; i < count; i += 1) {
      doc += read()
      docs[posting] = doc
      freqs[posting] = read()
      posting += 1
    }
  }
  if (at !== bytes.length) throw new Error(`the saved postings hold ${bytes.length - at} bytes more than their counts say`)
  return { docs, freqs }
}

/** The vocabulary with each list a view into the shared arrays (a list grows into a copy of its own). */
function loadVocabulary(saved: SavedTermIndex): SearchableMap<TermPostings> {
  const counts = fromBase64(saved.counts, Int32Array)
  const total = counts.reduce((sum, count) => sum + count, 0)
  const { docs, freqs } = decodePostings(Buffer.from(saved.postings, 'base64'), counts, total)
  const vocabulary = new SearchableMap<TermPostings>()
  let at = 0
  saved.terms.forEach((term, t) => {
    const postings: TermPostings = new Array(FIELD_COUNT).fill(undefined)
    for (let field = 0; field < FIELD_COUNT; field += 1) {
      const count = counts[t * FIELD_COUNT + field]!
      if (count === 0) continue
      postings[field] = { docs: docs.subarray(at, at + count), freqs: freqs.subarray(at, at + count), count, live: count }
      at += count
    }
    vocabulary.set(term, postings)
  })
  return vocabulary
}

/** The term index saved by `saveTermIndex`, over `records` (the live records saved beside it, in order). */
export function loadTermIndex(saved: SavedTermIndex, records: IndexRecord[]): TermIndex {
  const fieldLengths = saved.fieldLengths.map((lengths) => fromBase64(lengths, Int32Array))
  const pairCodes = fromBase64(saved.pairCodes, Uint16Array)
  if (fieldLengths.length !== FIELD_COUNT || fieldLengths.some((lengths) => lengths.length !== records.length)) {
    throw new Error(`the saved field lengths do not match the ${records.length} records`)
  }
  return {
    vocabulary: loadVocabulary(saved),
    records,
    fieldLengths,
    totalLengths: fieldLengths.map((lengths) => lengths.reduce((sum, length) => sum + length, 0)),
    initials: fromBase64(saved.initials, Int32Array),
    pairCodes,
    pairCount: pairCodes.length,
    pairStart: fromBase64(saved.pairStart, Int32Array),
    liveCount: records.length,
    deadCount: 0,
    loose: new Set(),
  }
}
