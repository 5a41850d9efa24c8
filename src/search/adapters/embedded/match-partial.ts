import type { IndexRecord } from '../../build-index-record'
import type { PreparedQuery } from '../../prepare-query'
import { findDescribingWords } from '../../find-filler-words'
import { headOrder, isClassifier } from '../../find-head-word'
import { wholeTerms } from '../../narrow-query'
import { isWordApproximate, spellingsOfWords } from './accent-approximate'
import { buildQueryTree } from './build-query-tree'
import { knownWordIn } from './catalogue-words'
import { evaluateQuery, matchedDocs } from './evaluate-query'
import type { AllowedDocs } from './filter-index'
import type { Candidates, SearchRun } from './match-query'

/** A last word this short, as a prefix in an OR, would bring in a large share of the vocabulary. */
const MIN_PARTIAL_PREFIX = 3
/** Shorter words are never read with a typo when words are left out ("wine" is not "fine"). */
const MIN_PARTIAL_TYPO_LENGTH = 5

/**
 * True when `bits` keeps words nearer the head than `other` does: with term i as bit i, the first
 * differing term in `order` (find-head-word.ts: Vietnamese from the first word, English from the
 * last, form words such as "beans" last) decides.
 */
function nearerHead(bits: number, other: number, order: readonly number[]): boolean {
  if (bits === other) return false
  for (const term of order) {
    const bit = 2 ** Math.min(term, 31)
    if ((bits & bit) !== (other & bit)) return (bits & bit) !== 0
  }
  return false
}

/** The query's terms in the order they are kept (headOrder of their words; a phrase by its best word). */
function termOrder(prepared: PreparedQuery, locale: 'vi' | 'en'): number[] {
  const rank = headOrder(prepared.words, locale)
  let at = 0
  const best = prepared.terms.map((term) => {
    const ranks = rank.slice(at, at + term.tokens.length)
    at += term.tokens.length
    return Math.min(...ranks)
  })
  return prepared.terms.map((_, i) => i).sort((a, b) => best[a]! - best[b]!)
}

function countBits(value: number): number {
  let count = 0
  for (let rest = value; rest !== 0; rest &= rest - 1) count += 1
  return count
}

/**
 * Documents matching as many of the query's terms as any document does, all on the same terms:
 * leaving words out until something matches, as Meilisearch's matching strategies do, but choosing
 * which words to leave out by what the catalogue holds rather than by their place in the query.
 * Among the sets of terms matched equally often, the one keeping the words nearest the head wins
 * (Vietnamese names the thing first, English last: "nước mắm nguyên chất" keeps "nước mắm"), then
 * the one of the best-scoring document. `use`
 * gets the candidates and, per term, whether it was kept (none when nothing matched at all).
 * `exact` counts a term as matched only where the record holds its marked words with their marks
 * (for when every full match was accent-approximate: see match-forgiving.ts).
 */
export function withPartialMatches<T>(
  run: SearchRun,
  prepared: PreparedQuery,
  allowed: AllowedDocs | null,
  locale: 'vi' | 'en',
  use: (candidates: Candidates, kept: boolean[]) => T,
  exact = false,
  /**
   * Leave out the documents holding exactly every term ('full'), or the kept terms of earlier
   * partial matches: they were answered or refused already, and this finds the best of the rest.
   */
  skip: 'full' | readonly (readonly boolean[])[] | null = null,
  /** How many sets of terms to offer `use` while it answers null. */
  tries = 1,
): T {
  const { index, pool } = run.store
  const last = prepared.tokens.at(-1) ?? ''
  // Typos only in longer words here: a short word that only a typo could match, and only apart from
  // the others, is more likely another word ("wine" is not "fine") than a slip, so it is left out
  // instead; a longer one is a slip ("cofee beans" is coffee).
  const known = knownWordIn(index)
  const slipOnly = (token: string, prefix: boolean) => token.length < MIN_PARTIAL_TYPO_LENGTH || known(token, prefix)
  const tree = buildQueryTree(prepared, run.index, { match: 'any', prefixLast: last.length >= MIN_PARTIAL_PREFIX, known: slipOnly })
  const found = evaluateQuery(index, pool, tree)
  const bitsOf = exact ? (doc: number) => exactBits(index.records[doc]!, prepared, found.bits[doc]!) : (doc: number) => found.bits[doc]!
  const order = termOrder(prepared, locale)
  const describing = describingTerms(prepared)
  const full = termBits(prepared.terms.map(() => true))
  const skipped = new Set(skip === 'full' ? [full] : (skip ?? []).map(termBits))
  try {
    // The best set of terms first; when `use` turns it down (null), the next best, up to `tries`.
    for (let attempt = 1; ; attempt += 1) {
      const pattern = bestPattern(found, bitsOf, allowed, skipped, order, describing)
      const docs = pattern === 0 ? new Int32Array(0) : matchedDocs(found).filter((doc) => (!allowed || allowed.has(doc)) && bitsOf(doc) === pattern)
      const kept = prepared.terms.map((_, i) => (pattern & (2 ** Math.min(i, 31))) !== 0)
      const answer = use({ docs, scores: found.scores }, kept)
      if (answer !== null || pattern === 0 || attempt >= tries) return answer
      skipped.add(pattern)
    }
  } finally {
    pool.release(found)
  }
}

/**
 * The terms (as bits) whose every word says how the thing is (find-filler-words.ts:
 * findDescribingWords) or how it is counted or packed ("trái", "hộp": isClassifier).
 */
function describingTerms(prepared: PreparedQuery): number {
  const { words } = prepared
  const describing = wholeTerms(
    prepared,
    findDescribingWords(words).map((isDescribing, i) => isDescribing || isClassifier(words[i]!)),
  )
  return termBits(describing)
}

/** Per-term flags as bits, term i as bit i (as `found.bits` holds the terms a document matched). */
function termBits(flags: readonly boolean[]): number {
  return flags.reduce((bits, isSet, i) => (isSet ? bits | (2 ** Math.min(i, 31)) : bits), 0)
}

/**
 * The set of terms (as bits) with the most of the buyer's content words, then of describing words
 * ("gốm chăm lưu niệm" is Cham pottery before it is a souvenir), nearest the head on a tie; 0 when none.
 */
function bestPattern(
  found: ReturnType<typeof evaluateQuery>,
  bitsOf: (doc: number) => number,
  allowed: AllowedDocs | null,
  skipped: ReadonlySet<number>,
  order: readonly number[],
  describing: number,
): number {
  let pattern = 0
  let patternCount = 0
  let patternScore = 0
  for (const doc of matchedDocs(found)) {
    if (allowed && !allowed.has(doc)) continue
    const bits = bitsOf(doc)
    if (skipped.has(bits)) continue
    // Content terms first; a describing term only breaks a tie (content counts 32 times as much).
    const count = countBits(bits & ~describing) * 32 + countBits(bits & describing)
    const score = found.scores[doc]!
    if (count > patternCount || (count === patternCount && (nearerHead(bits, pattern, order) || (bits === pattern && score > patternScore)))) {
      pattern = bits
      patternCount = count
      patternScore = score
    }
  }
  return pattern
}

/** The terms' bits with those cleared whose marked words the record holds only without their marks. */
function exactBits(record: IndexRecord, prepared: PreparedQuery, bits: number): number {
  let exact = bits
  let at = 0
  const spellings = spellingsOfWords(prepared)
  const lastWord = prepared.words.length - 1
  for (const [i, term] of prepared.terms.entries()) {
    const bit = 2 ** Math.min(i, 31)
    if ((bits & bit) !== 0) {
      for (let w = at; w < at + term.tokens.length; w += 1) {
        if (isWordApproximate(record, prepared.words[w]!, w === lastWord, {}, spellings[w])) {
          exact &= ~bit
          break
        }
      }
    }
    at += term.tokens.length
  }
  return exact
}
