import type { IndexRecord } from '../../build-index-record'
import { compareNames } from './compare-hits'
import { type RankKeys, setRankKeys } from './rank-keys'

/**
 * Tables worked out from all the records, each built on the first query that needs it. Building
 * them costs a pass over every record (the name order a sort of 100,000 names, about 300 ms), so a
 * small write keeps the built ones current instead of dropping them: otherwise the first buyer after
 * every product a producer saves would wait for all of it. A large write drops them (updating one
 * record at a time would cost more than building again).
 */
export interface DerivedTables {
  /** Accent-exact word → how often the live records say it. */
  markedWords?: Map<string, number>
  /** Live documents in name order: the first `count` of `docs`. */
  nameOrder?: { docs: Int32Array; count: number }
  /** Every document's place in name order (dead ones last), from `nameOrder`; dropped at every write. */
  nameRanks?: Int32Array
  rankKeys?: RankKeys
  /** Live documents in document order; dropped at every write (a quick pass to list). */
  liveDocs?: Int32Array
}

/** Above this many records a write drops the tables rather than update them one by one. */
export const LARGE_WRITE = 500

export function dropDerived(tables: DerivedTables): void {
  tables.markedWords = undefined
  tables.nameOrder = undefined
  tables.nameRanks = undefined
  tables.rankKeys = undefined
  tables.liveDocs = undefined
}

/** Keep the built tables current with a record just indexed as `doc`. */
export function deriveAdded(tables: DerivedTables, records: readonly (IndexRecord | undefined)[], doc: number, record: IndexRecord): void {
  tables.nameRanks = undefined
  tables.liveDocs = undefined
  if (tables.markedWords) countMarkedWords(tables.markedWords, record, 1)
  if (tables.nameOrder) insertInOrder(tables.nameOrder, records, doc, record)
  if (tables.rankKeys) setRankKeys(tables.rankKeys, doc, record)
}

/** Keep the built tables current with `doc` about to be removed (its record is still readable). */
export function deriveRemoved(tables: DerivedTables, records: readonly (IndexRecord | undefined)[], doc: number, record: IndexRecord): void {
  tables.nameRanks = undefined
  tables.liveDocs = undefined
  if (tables.markedWords) countMarkedWords(tables.markedWords, record, -1)
  if (tables.nameOrder) removeFromOrder(tables.nameOrder, records, doc, record)
  if (tables.rankKeys) tables.rankKeys.heads[doc] = -1
}

/**
 * Count each of the record's accent-exact words into `words` (`by` 1 to add, -1 to take out; a word
 * said twice counts twice, the same both ways). A scan with indexOf: splitting every record's text
 * into an array cost twice as much at 100,000 products.
 */
function countMarkedWords(words: Map<string, number>, record: IndexRecord, by: 1 | -1): void {
  const text = record.marked
  for (let from = 0; from < text.length; ) {
    let end = text.indexOf(' ', from)
    if (end < 0) end = text.length
    if (end > from) {
      const word = text.slice(from, end)
      const left = (words.get(word) ?? 0) + by
      if (left > 0) words.set(word, left)
      else words.delete(word)
    }
    from = end + 1
  }
}

export function computeMarkedWords(records: readonly (IndexRecord | undefined)[]): Map<string, number> {
  const words = new Map<string, number>()
  for (const record of records) if (record) countMarkedWords(words, record, 1)
  return words
}

export function computeNameOrder(records: readonly (IndexRecord | undefined)[]): { docs: Int32Array; count: number } {
  const live: number[] = []
  for (let doc = 0; doc < records.length; doc += 1) if (records[doc] !== undefined) live.push(doc)
  // compareNames on keys read out once: a third faster than through the records at 100,000.
  const names = records.map((record) => record?.sortName ?? '')
  const ids = records.map((record) => record?.id ?? '')
  live.sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0))
  const docs = new Int32Array(live.length + (live.length >> 3) + 16)
  docs.set(live)
  return { docs, count: live.length }
}

/** Each document's place in name order, dead ones after every live one. */
export function ranksFromOrder(order: { docs: Int32Array; count: number }, size: number): Int32Array {
  const ranks = new Int32Array(size).fill(size)
  for (let rank = 0; rank < order.count; rank += 1) ranks[order.docs[rank]!] = rank
  return ranks
}

/** Where `record` goes in the name order: the first place whose record comes after it. */
function placeOf(order: { docs: Int32Array; count: number }, records: readonly (IndexRecord | undefined)[], record: IndexRecord): number {
  let low = 0
  let high = order.count
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compareNames(records[order.docs[middle]!]!, record) < 0) low = middle + 1
    else high = middle
  }
  return low
}

function insertInOrder(order: { docs: Int32Array; count: number }, records: readonly (IndexRecord | undefined)[], doc: number, record: IndexRecord): void {
  if (order.count === order.docs.length) {
    const grown = new Int32Array(order.count + (order.count >> 3) + 16)
    grown.set(order.docs)
    order.docs = grown
  }
  const at = placeOf(order, records, record)
  order.docs.copyWithin(at + 1, at, order.count)
  order.docs[at] = doc
  order.count += 1
}

function removeFromOrder(order: { docs: Int32Array; count: number }, records: readonly (IndexRecord | undefined)[], doc: number, record: IndexRecord): void {
  // Names order totally (name, then id), so the record's place is exactly where it stands.
  const at = placeOf(order, records, record)
  if (order.docs[at] !== doc) throw new Error(`the name order lost document ${doc}`)
  order.docs.copyWithin(at, at + 1, order.count)
  order.count -= 1
}
