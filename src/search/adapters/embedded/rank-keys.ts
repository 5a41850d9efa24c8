import type { IndexRecord } from '../../build-index-record'
import { headOf } from './name-head'

/**
 * What ranking asks of every candidate of a broad query, kept per document in typed arrays: the
 * first letters of the folded title and the English name's head noun. Reading them from the
 * records cost a pointer chase and a string compare per candidate, about 1.4 µs each: 20 ms for
 * the 15,000 candidates "tra" leaves to check at 100,000 products. They only rule candidates out;
 * what they let through is checked on the record itself, so the order is exactly as before.
 */
export interface RankKeys {
  /** Per document: its folded title's first four character codes (each capped at 255), one byte each. */
  titleStarts: Uint32Array
  /** Per document: its English head noun's number in `headNumbers`, or -1 (not English, or removed). */
  heads: Int32Array
  readonly headNumbers: Map<string, number>
}

const KEY_CHARS = 4

/** The first four character codes of `text`, each capped at 255, packed one byte each (missing ones 0). */
export function titleStartKey(text: string): number {
  let key = 0
  for (let i = 0; i < KEY_CHARS && i < text.length; i += 1) key |= Math.min(text.charCodeAt(i), 255) << (8 * i)
  return key >>> 0
}

/** The bytes of a key that a prefix of `length` characters fixes. */
export function titleStartMask(length: number): number {
  return length >= KEY_CHARS ? 0xffffffff : (2 ** (8 * length) - 1) >>> 0
}

export function computeRankKeys(records: readonly (IndexRecord | undefined)[]): RankKeys {
  const keys: RankKeys = { titleStarts: new Uint32Array(records.length), heads: new Int32Array(records.length).fill(-1), headNumbers: new Map() }
  records.forEach((record, doc) => {
    if (record) setRankKeys(keys, doc, record)
  })
  return keys
}

/** Set a document's keys, growing the arrays (by an eighth) when it is past their end. */
export function setRankKeys(keys: RankKeys, doc: number, record: IndexRecord): void {
  if (doc >= keys.titleStarts.length) {
    const size = doc + (doc >> 3) + 16
    const titleStarts = new Uint32Array(size)
    titleStarts.set(keys.titleStarts)
    const heads = new Int32Array(size).fill(-1)
    heads.set(keys.heads)
    keys.titleStarts = titleStarts
    keys.heads = heads
  }
  keys.titleStarts[doc] = titleStartKey(record.searchTitle)
  keys.heads[doc] = record.locale === 'en' ? headNumber(keys, headOf(record)) : -1
}

function headNumber(keys: RankKeys, head: string): number {
  let number = keys.headNumbers.get(head)
  if (number === undefined) {
    number = keys.headNumbers.size
    keys.headNumbers.set(head, number)
  }
  return number
}
