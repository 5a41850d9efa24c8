import { FIELD_BOOSTS, TEXT_FIELDS } from '../../settings/index-settings'
import type { QueryNode } from './evaluate-query'
import type { MatchPool, Matches } from './match-pool'
import { FIELD_COUNT, type FieldPostings, type TermIndex, type TermPostings } from './term-index'
import { isSubsequence, isTypoOf, OTHER_TYPO_WEIGHT, transpositionsOf } from './typing-slips'

/** MiniSearch's BM25 parameters and its weights for prefix and typo-tolerant expansions. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
/** BM25's k + 1, once rather than per posting. */
const K1 = BM25.k + 1
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45
const FIELD_BOOST_LIST = TEXT_FIELDS.map((field) => FIELD_BOOSTS[field])

/** Below this many candidates per posting, looking each candidate up beats scanning the list. */
const LOOKUP_RATIO = 16

/** Position of `doc` in the first `count` of ascending `docs` (postings are appended in document order), or -1. */
function findDoc(docs: Int32Array, count: number, doc: number): number {
  let low = 0
  let high = count - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const value = docs[middle]!
    if (value === doc) return middle
    if (value < doc) low = middle + 1
    else high = middle - 1
  }
  return -1
}

/**
 * Add one term's BM25 scores into `matches`. With `within` (the documents the other words of an
 * AND already matched), only those documents are scored: by lookup when they are few against a
 * long list ("nghe an": "nghe" first, then "an" only where "nghe" is), else by a filtered scan.
 */
function addPostings(
  index: TermIndex,
  matches: Matches,
  postings: TermPostings | undefined,
  weight: number,
  bit: number,
  within?: Matches,
  fields: number = FIELD_COUNT,
): void {
  if (!postings) return
  const { records, fieldLengths, totalLengths, liveCount } = index
  const { scores, bits, docs } = matches
  const checkLive = index.deadCount > 0
  for (let field = 0; field < fields; field += 1) {
    const list = postings[field]
    if (!list || list.live <= 0) continue
    const idf = Math.log(1 + (liveCount - list.live + 0.5) / (list.live + 0.5))
    const lengths = fieldLengths[field]!
    const factor = weight * FIELD_BOOST_LIST[field]! * idf
    // BM25's length normalisation k·(1 − b + b·length/average), as base + slope·length.
    const base = BM25.k * (1 - BM25.b)
    const slope = (BM25.k * BM25.b * liveCount) / totalLengths[field]!
    const { docs: postingDocs, freqs, count } = list
    if (within && within.count * LOOKUP_RATIO < count) {
      for (let i = 0; i < within.count; i += 1) {
        const doc = within.docs[i]!
        const at = findDoc(postingDocs, count, doc)
        if (at < 0) continue
        const tf = freqs[at]!
        if (scores[doc] === 0) docs[matches.count++] = doc
        scores[doc]! += factor * (BM25.d + (tf * K1) / (tf + base + slope * lengths[doc]!))
        bits[doc]! |= bit
      }
      continue
    }
    if (!within && !checkLive) scanAll(list, lengths, matches, factor, base, slope, bit)
    else scanFiltered(list, lengths, matches, factor, base, slope, bit, within?.scores, checkLive ? records : undefined)
  }
}

/**
 * Every posting of one list scored: the common case (no other word to match, nothing removed),
 * kept free of per-posting checks because broad queries run it over a hundred thousand postings.
 */
function scanAll(list: FieldPostings, lengths: Int32Array, matches: Matches, factor: number, base: number, slope: number, bit: number): void {
  const { scores, bits, docs } = matches
  const { docs: postingDocs, freqs, count } = list
  let touched = matches.count
  for (let i = 0; i < count; i += 1) {
    const doc = postingDocs[i]!
    const tf = freqs[i]!
    if (scores[doc] === 0) docs[touched++] = doc
    scores[doc]! += factor * (BM25.d + (tf * K1) / (tf + base + slope * lengths[doc]!))
    bits[doc]! |= bit
  }
  matches.count = touched
}

/** The postings of live documents among `inside` (the other words' matches), when given. */
function scanFiltered(
  list: FieldPostings,
  lengths: Int32Array,
  matches: Matches,
  factor: number,
  base: number,
  slope: number,
  bit: number,
  inside: Float64Array | undefined,
  records: TermIndex['records'] | undefined,
): void {
  const { scores, bits, docs } = matches
  const { docs: postingDocs, freqs, count } = list
  let touched = matches.count
  for (let i = 0; i < count; i += 1) {
    const doc = postingDocs[i]!
    if ((records !== undefined && records[doc] === undefined) || (inside !== undefined && !(inside[doc]! > 0))) continue
    const tf = freqs[i]!
    if (scores[doc] === 0) docs[touched++] = doc
    scores[doc]! += factor * (BM25.d + (tf * K1) / (tf + base + slope * lengths[doc]!))
    bits[doc]! |= bit
  }
  matches.count = touched
}

/**
 * A word read with a typo is looked for in what names the record (TEXT_FIELDS before the story):
 * among the hundreds of words of a story, some word is a typo away from almost anything ("bike"
 * from "like"), so "electric bike" found a tea producer whose story says "electric" and "like".
 * Meilisearch's `typoTolerance.disableOnAttributes` says the same (meilisearch-settings.ts).
 */
const TYPO_FIELDS = TEXT_FIELDS.indexOf('searchBody')

/** One query term's matches: the word itself, its prefix expansions, then its typo-tolerant ones. */
export function evaluateTerm(index: TermIndex, pool: MatchPool, node: Extract<QueryNode, { op: 'term' }>, within?: Matches): Matches {
  const matches = pool.acquire(index.records.length)
  const { token } = node
  addPostings(index, matches, index.vocabulary.get(token), node.boost, node.bit, within)
  const prefixed = new Set<string>()
  if (node.prefix) {
    for (const [term, postings] of index.vocabulary.atPrefix(token)) {
      const distance = term.length - token.length
      if (distance === 0) continue
      prefixed.add(term)
      addPostings(index, matches, postings, node.boost * ((PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance)), node.bit, within)
    }
  }
  if (node.fuzzy > 0) {
    for (const [term, [postings, distance]] of index.vocabulary.fuzzyGet(token, node.fuzzy)) {
      if (distance === 0 || prefixed.has(term) || !isTypoOf(token, term)) continue
      const slip = isSubsequence(token, term) ? 1 : OTHER_TYPO_WEIGHT
      addPostings(index, matches, postings, slip * node.boost * ((FUZZY_WEIGHT * term.length) / (term.length + distance)), node.bit, within, TYPO_FIELDS)
      prefixed.add(term)
    }
  }
  if (node.fuzzy > 0 || node.swapped) {
    for (const term of transpositionsOf(token)) {
      if (prefixed.has(term)) continue
      prefixed.add(term)
      addPostings(index, matches, index.vocabulary.get(term), node.boost * ((FUZZY_WEIGHT * term.length) / (term.length + 1)), node.bit, within, TYPO_FIELDS)
    }
  }
  return matches
}
