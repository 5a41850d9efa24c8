import SearchableMap from 'minisearch/SearchableMap'
import type { IndexRecord } from '../../build-index-record'
import { NOT_WORD_CHAR } from '../../../text/tokenize-text'
import { TEXT_FIELDS } from '../../settings/index-settings'

/**
 * The embedded engine's inverted index. The vocabulary is MiniSearch's radix tree (SearchableMap:
 * exact, prefix and fuzzy term lookup, the hard part, from a maintained library); the postings are
 * ours: per term and field, parallel arrays of document numbers and term frequencies. Scoring then
 * adds numbers into typed arrays instead of building a result object per matching document, which
 * is what made MiniSearch's own `search` cost ~100 ms on broad queries over 100,000 products.
 *
 * Documents get dense numbers in insertion order. Removing one only marks it dead (and takes its
 * lengths and term counts out of the statistics); postings keep the dead number until enough dead
 * piles up, then the index is rebuilt from the live records (`needsCompaction`).
 */
export const FIELD_COUNT = TEXT_FIELDS.length

export interface FieldPostings {
  /** Document numbers, ascending; the first `count` are postings, the rest room to grow. */
  docs: Int32Array
  /** Term frequency per posting (capped at MAX_FREQ). */
  freqs: Uint16Array
  count: number
  /** Live documents holding the term in this field (BM25's document frequency). */
  live: number
}

/** One term's postings, by field number (TEXT_FIELDS order). */
export type TermPostings = (FieldPostings | undefined)[]

/**
 * Postings and per-document numbers live in typed arrays, grown by a quarter while records are
 * added and trimmed after each write (`packTermIndex`): number[] per term and field took 16
 * bytes a posting plus growth slack, twice the index's own size at 100,000 products.
 */
export interface TermIndex {
  readonly vocabulary: SearchableMap<TermPostings>
  /** Record by document number; undefined once removed. */
  readonly records: (IndexRecord | undefined)[]
  /** Token count per field, by field number then document number. */
  fieldLengths: Int32Array[]
  /** Sum of live field lengths, by field number (for BM25's average length). */
  readonly totalLengths: number[]
  /** Per document: which letters its words start with (bit per letter of SHORT_PREFIX_ALPHABET). */
  initials: Int32Array
  /**
   * Per document: the codes of its words' first two letters, all documents in one typed array
   * (document d's run starts at pairStart[d] and ends where d + 1's starts): one array per
   * document cost far more memory than its contents at 100,000 products.
   */
  pairCodes: Uint16Array
  pairCount: number
  pairStart: Int32Array
  liveCount: number
  deadCount: number
  /** Postings grown since the last pack, with room to cut. */
  readonly loose: Set<FieldPostings>
}

/** A term counted more often than this in one field counts this often (BM25 saturates long before). */
const MAX_FREQ = 65_535

/**
 * Words' first one or two letters, kept per document so a deferred short last word ("ho t", "may
 * tr": see run-search.ts) is checked on each candidate with a bit test or a scan of a few dozen
 * numbers, instead of reading the postings of every word that starts with it.
 */
const SHORT_PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'
const LETTER_CODE = new Map([...SHORT_PREFIX_ALPHABET].map((char, i) => [char, i]))

/** Letters a–z fit one 32-bit mask; a one-digit prefix is left to the postings. */
const INITIAL_LETTERS = 26

/**
 * Code of a prefix of one letter (a–z: its bit in `initials`) or two (a–z, 0–9: its code in
 * `pairs`), or undefined when it has no code and must be checked through the postings.
 */
export function shortPrefixCode(prefix: string): number | undefined {
  const first = LETTER_CODE.get(prefix[0] ?? '')
  if (first === undefined || prefix.length > 2) return undefined
  if (prefix.length === 1) return first < INITIAL_LETTERS ? first : undefined
  const second = LETTER_CODE.get(prefix[1]!)
  return second === undefined ? undefined : first * SHORT_PREFIX_ALPHABET.length + second
}

/** True when one of the document's words starts with `prefix` (one or two letters, `code` from shortPrefixCode). */
export function hasShortPrefix(index: TermIndex, doc: number, prefix: string, code: number): boolean {
  if (prefix.length === 1) return (index.initials[doc]! & (1 << code)) !== 0
  const end = doc + 1 < index.records.length ? index.pairStart[doc + 1]! : index.pairCount
  for (let i = index.pairStart[doc]!; i < end; i += 1) if (index.pairCodes[i] === code) return true
  return false
}

/** True when some live document holds the term (a removed or replaced one leaves its words in the vocabulary until compaction). */
export function isLive(postings: TermPostings | undefined): boolean {
  return postings?.some((list) => list !== undefined && list.live > 0) ?? false
}

/** True when some live document holds `term`. */
export function holdsTerm(index: TermIndex, term: string): boolean {
  return isLive(index.vocabulary.get(term))
}

/** Records arrive folded and single-spaced (buildIndexRecord); splitting is all that is left. */
export function tokenizeField(text: string): string[] {
  return text.split(NOT_WORD_CHAR).filter((term) => term.length > 0)
}

export function createTermIndex(): TermIndex {
  return {
    vocabulary: new SearchableMap<TermPostings>(),
    records: [],
    fieldLengths: TEXT_FIELDS.map(() => new Int32Array(64)),
    totalLengths: TEXT_FIELDS.map(() => 0),
    initials: new Int32Array(64),
    pairCodes: new Uint16Array(1024),
    pairCount: 0,
    pairStart: new Int32Array(64),
    liveCount: 0,
    deadCount: 0,
    loose: new Set(),
  }
}

/**
 * Growth and trimming share one margin: a quarter, plus a little for short arrays. Grown by a
 * quarter, an array holds a quarter more than it needs, which trimming (`cut`) leaves alone. With
 * doubling and a tight trim after every write, saving one product at 100,000 reallocated every long
 * posting list it touched twice over (about 1 s, mostly collecting the garbage); now a list is
 * copied once per quarter of growth.
 */
const spare = (size: number): number => (size >> 2) + 16

/** `array`, or a copy with room for at least `size` and a margin to grow into. */
function withRoom<T extends Int32Array | Uint16Array>(array: T, size: number): T {
  if (size <= array.length) return array
  const grown = new (array.constructor as new (length: number) => T)(Math.max(size, array.length) + spare(size))
  grown.set(array)
  return grown
}

/** `array` cut to its first `size` items when its spare room is past the growth margin (a copy, so the room is freed). */
function cut<T extends Int32Array | Uint16Array>(array: T, size: number): T {
  return array.length - size <= spare(size) ? array : (array.slice(0, size) as T)
}

/** Term → frequency for one field's text. */
function countTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const term of tokenizeField(text)) counts.set(term, (counts.get(term) ?? 0) + 1)
  return counts
}

function postingsOf(index: TermIndex, term: string): TermPostings {
  let postings = index.vocabulary.get(term)
  if (!postings) {
    postings = new Array(FIELD_COUNT).fill(undefined)
    index.vocabulary.set(term, postings)
  }
  return postings
}

function appendPosting(index: TermIndex, postings: TermPostings, field: number, doc: number, freq: number): void {
  let list = postings[field]
  if (!list) {
    list = { docs: new Int32Array(4), freqs: new Uint16Array(4), count: 0, live: 0 }
    postings[field] = list
    index.loose.add(list)
  }
  // Only a list given room has room to cut: noting it then, not at every posting, keeps the Set off the hot path.
  if (list.count === list.docs.length) {
    list.docs = withRoom(list.docs, list.count + 1)
    list.freqs = withRoom(list.freqs, list.count + 1)
    index.loose.add(list)
  }
  list.docs[list.count] = doc
  list.freqs[list.count] = Math.min(freq, MAX_FREQ)
  list.count += 1
  list.live += 1
}

/** Make room in the per-document arrays for document `doc`. */
function roomForDoc(index: TermIndex, doc: number): void {
  for (let field = 0; field < FIELD_COUNT; field += 1) index.fieldLengths[field] = withRoom(index.fieldLengths[field]!, doc + 1)
  index.initials = withRoom(index.initials, doc + 1)
  index.pairStart = withRoom(index.pairStart, doc + 1)
}

/** Index a record under a new document number, which it returns. */
export function addRecord(index: TermIndex, record: IndexRecord): number {
  const doc = index.records.length
  index.records.push(record)
  roomForDoc(index, doc)
  let initials = 0
  const pairs = new Set<number>()
  for (let field = 0; field < FIELD_COUNT; field += 1) {
    const counts = countTerms(record[TEXT_FIELDS[field]!])
    let length = 0
    for (const [term, freq] of counts) {
      length += freq
      const first = shortPrefixCode(term[0]!)
      if (first !== undefined) initials |= 1 << first
      const pair = term.length >= 2 ? shortPrefixCode(term.slice(0, 2)) : undefined
      if (pair !== undefined) pairs.add(pair)
      appendPosting(index, postingsOf(index, term), field, doc, freq)
    }
    index.fieldLengths[field]![doc] = length
    index.totalLengths[field]! += length
  }
  index.initials[doc] = initials
  index.pairStart[doc] = index.pairCount
  index.pairCodes = withRoom(index.pairCodes, index.pairCount + pairs.size)
  for (const pair of pairs) index.pairCodes[index.pairCount++] = pair
  index.liveCount += 1
  return doc
}

/** Trim the arrays grown since the last pack to their contents and a margin: after a write, before queries. */
export function packTermIndex(index: TermIndex): void {
  for (const list of index.loose) {
    list.docs = cut(list.docs, list.count)
    list.freqs = cut(list.freqs, list.count)
  }
  index.loose.clear()
  const docs = index.records.length
  index.fieldLengths = index.fieldLengths.map((lengths) => cut(lengths, docs))
  index.initials = cut(index.initials, docs)
  index.pairStart = cut(index.pairStart, docs)
  index.pairCodes = cut(index.pairCodes, index.pairCount)
}

/** Take a document out of the statistics and mark it dead; its postings are skipped from now on. */
export function removeDoc(index: TermIndex, doc: number): void {
  const record = index.records[doc]
  if (!record) return
  for (let field = 0; field < FIELD_COUNT; field += 1) {
    for (const term of countTerms(record[TEXT_FIELDS[field]!]).keys()) {
      const list = index.vocabulary.get(term)?.[field]
      if (list) list.live -= 1
    }
    index.totalLengths[field]! -= index.fieldLengths[field]![doc]!
  }
  index.records[doc] = undefined
  index.liveCount -= 1
  index.deadCount += 1
}

/** True when dead documents are over a fifth of the postings: time to rebuild from the live records. */
export function needsCompaction(index: TermIndex): boolean {
  return index.deadCount > 1000 && index.deadCount * 4 > index.liveCount
}
