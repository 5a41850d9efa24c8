import SearchableMap from 'minisearch/SearchableMap'
import type { IndexRecord } from '../../build-index-record'
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
  readonly docs: number[]
  readonly freqs: number[]
  /** Live documents holding the term in this field (BM25's document frequency). */
  live: number
}

/** One term's postings, by field number (TEXT_FIELDS order). */
export type TermPostings = (FieldPostings | undefined)[]

export interface TermIndex {
  readonly vocabulary: SearchableMap<TermPostings>
  /** Record by document number; undefined once removed. */
  readonly records: (IndexRecord | undefined)[]
  /** Token count per field, by field number then document number. */
  readonly fieldLengths: number[][]
  /** Sum of live field lengths, by field number (for BM25's average length). */
  readonly totalLengths: number[]
  liveCount: number
  deadCount: number
}

const NOT_WORD_CHAR = /[^\p{L}\p{N}]+/u

/** Records arrive folded and single-spaced (buildIndexRecord); splitting is all that is left. */
export function tokenizeField(text: string): string[] {
  return text.split(NOT_WORD_CHAR).filter((term) => term.length > 0)
}

export function createTermIndex(): TermIndex {
  return {
    vocabulary: new SearchableMap<TermPostings>(),
    records: [],
    fieldLengths: TEXT_FIELDS.map(() => []),
    totalLengths: TEXT_FIELDS.map(() => 0),
    liveCount: 0,
    deadCount: 0,
  }
}

/** Term → frequency for one field's text. */
function countTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const term of tokenizeField(text)) counts.set(term, (counts.get(term) ?? 0) + 1)
  return counts
}

/** Index a record under a new document number, which it returns. */
export function addRecord(index: TermIndex, record: IndexRecord): number {
  const doc = index.records.length
  index.records.push(record)
  for (let field = 0; field < FIELD_COUNT; field += 1) {
    const counts = countTerms(record[TEXT_FIELDS[field]!])
    let length = 0
    for (const [term, freq] of counts) {
      length += freq
      let postings = index.vocabulary.get(term)
      if (!postings) {
        postings = new Array(FIELD_COUNT).fill(undefined)
        index.vocabulary.set(term, postings)
      }
      const list = (postings[field] ??= { docs: [], freqs: [], live: 0 })
      list.docs.push(doc)
      list.freqs.push(freq)
      list.live += 1
    }
    index.fieldLengths[field]![doc] = length
    index.totalLengths[field]! += length
  }
  index.liveCount += 1
  return doc
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
