import { FIELD_BOOSTS, TEXT_FIELDS } from '../../settings/index-settings'
import { FIELD_COUNT, type TermIndex, type TermPostings } from './term-index'

/**
 * Query evaluation over the term index, scored like MiniSearch's own search (BM25 with its k, b, d;
 * its prefix and fuzzy weights; scores summed over fields, expansions and AND/OR branches, times the
 * number of distinct query words matched), so ranking is what it was, at a fraction of the cost.
 */
export type QueryNode =
  | {
      readonly op: 'and' | 'or'
      readonly children: readonly QueryNode[]
      /** AND only: the words must also stand side by side, in this order, in one field (a synonym phrase). */
      readonly phrase?: string
    }
  | {
      readonly op: 'term'
      readonly token: string
      readonly prefix: boolean
      /** Edits allowed (0: none). */
      readonly fuzzy: number
      readonly boost: number
      /** Bit of the query term this stands for (counts the terms matched, MiniSearch's "quality"). */
      readonly bit: number
    }

/** Documents matched so far: the touched document numbers, with dense score and word-bit arrays. */
export interface Matches {
  docs: number[]
  readonly scores: Float64Array
  readonly bits: Uint32Array
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45
const FIELD_BOOST_LIST = TEXT_FIELDS.map((field) => FIELD_BOOSTS[field])

/**
 * Dense arrays are reused between queries: allocating and zeroing a megabyte per query word would
 * cost more than scoring. A released Matches is cleaned through its touched list only.
 */
export interface MatchPool {
  acquire(size: number): Matches
  release(matches: Matches): void
}

export function createMatchPool(): MatchPool {
  const free: Matches[] = []
  return {
    acquire(size) {
      const index = free.findIndex((matches) => matches.scores.length >= size)
      if (index >= 0) return free.splice(index, 1)[0]!
      // Room to grow, so adding documents does not make every pooled array too small at once.
      const capacity = Math.ceil(size * 1.25) + 64
      return { docs: [], scores: new Float64Array(capacity), bits: new Uint32Array(capacity) }
    },
    release(matches) {
      for (const doc of matches.docs) {
        matches.scores[doc] = 0
        matches.bits[doc] = 0
      }
      matches.docs = []
      if (free.length < 16) free.push(matches)
    },
  }
}

/** Below this many candidates per posting, looking each candidate up beats scanning the list. */
const LOOKUP_RATIO = 16

/** Position of `doc` in ascending `docs` (postings are appended in document order), or -1. */
function findDoc(docs: readonly number[], doc: number): number {
  let low = 0
  let high = docs.length - 1
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
function addPostings(index: TermIndex, matches: Matches, postings: TermPostings | undefined, weight: number, bit: number, within?: Matches): void {
  if (!postings) return
  const { records, fieldLengths, totalLengths, liveCount } = index
  const { scores, bits, docs } = matches
  const checkLive = index.deadCount > 0
  for (let field = 0; field < FIELD_COUNT; field += 1) {
    const list = postings[field]
    if (!list || list.live <= 0) continue
    const idf = Math.log(1 + (liveCount - list.live + 0.5) / (list.live + 0.5))
    const lengths = fieldLengths[field]!
    const factor = weight * FIELD_BOOST_LIST[field]! * idf
    // BM25's length normalisation k·(1 − b + b·length/average), as base + slope·length.
    const base = BM25.k * (1 - BM25.b)
    const slope = (BM25.k * BM25.b * liveCount) / totalLengths[field]!
    const { docs: postingDocs, freqs } = list
    if (within && within.docs.length * LOOKUP_RATIO < postingDocs.length) {
      for (const doc of within.docs) {
        const at = findDoc(postingDocs, doc)
        if (at < 0) continue
        const tf = freqs[at]!
        if (scores[doc] === 0) docs.push(doc)
        scores[doc]! += factor * (BM25.d + (tf * (BM25.k + 1)) / (tf + base + slope * lengths[doc]!))
        bits[doc]! |= bit
      }
      continue
    }
    const inside = within?.scores
    for (let i = 0; i < postingDocs.length; i += 1) {
      const doc = postingDocs[i]!
      if ((checkLive && records[doc] === undefined) || (inside !== undefined && !(inside[doc]! > 0))) continue
      const tf = freqs[i]!
      if (scores[doc] === 0) docs.push(doc)
      scores[doc]! += factor * (BM25.d + (tf * (BM25.k + 1)) / (tf + base + slope * lengths[doc]!))
      bits[doc]! |= bit
    }
  }
}

/**
 * A letter left out is the commonest slip on a phone keyboard ("hony" for "honey"), so a catalogue
 * word that holds every typed letter in order outranks one reached by changing a letter ("hong").
 */
const OTHER_TYPO_WEIGHT = 0.5

export function isSubsequence(short: string, long: string): boolean {
  let at = 0
  for (let i = 0; i < long.length && at < short.length; i += 1) if (long[i] === short[at]) at += 1
  return at === short.length
}

/**
 * Two letters swapped ("trnag", "slat") is one slip of the thumb, and one typo for Meilisearch
 * (its automata count a transposition as one edit); an edit distance alone counts it as two, past
 * the budget of a short word. The words with one neighbouring pair swapped, for a lookup each.
 */
export function transpositionsOf(token: string): string[] {
  const swapped: string[] = []
  for (let i = 0; i + 1 < token.length; i += 1) {
    if (token[i] === token[i + 1]) continue
    swapped.push(token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2))
  }
  return swapped
}

function evaluateTerm(index: TermIndex, pool: MatchPool, node: Extract<QueryNode, { op: 'term' }>, within?: Matches): Matches {
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
      if (distance === 0 || prefixed.has(term)) continue
      const slip = isSubsequence(token, term) ? 1 : OTHER_TYPO_WEIGHT
      addPostings(index, matches, postings, slip * node.boost * ((FUZZY_WEIGHT * term.length) / (term.length + distance)), node.bit, within)
      prefixed.add(term)
    }
    for (const term of transpositionsOf(token)) {
      if (prefixed.has(term)) continue
      prefixed.add(term)
      addPostings(index, matches, index.vocabulary.get(term), node.boost * ((FUZZY_WEIGHT * term.length) / (term.length + 1)), node.bit, within)
    }
  }
  return matches
}

/** Keep the documents in both; the result lives in the smaller operand's arrays. */
function intersect(pool: MatchPool, a: Matches, b: Matches): Matches {
  const [into, other] = a.docs.length <= b.docs.length ? [a, b] : [b, a]
  const kept: number[] = []
  for (const doc of into.docs) {
    if (other.scores[doc]! > 0) {
      into.scores[doc]! += other.scores[doc]!
      into.bits[doc]! |= other.bits[doc]!
      kept.push(doc)
    } else {
      into.scores[doc] = 0
      into.bits[doc] = 0
    }
  }
  into.docs = kept
  pool.release(other)
  return into
}

/** Keep the documents in either; the result lives in the larger operand's arrays. */
function unite(pool: MatchPool, a: Matches, b: Matches): Matches {
  const [into, other] = a.docs.length >= b.docs.length ? [a, b] : [b, a]
  for (const doc of other.docs) {
    if (into.scores[doc] === 0) into.docs.push(doc)
    into.scores[doc]! += other.scores[doc]!
    into.bits[doc]! |= other.bits[doc]!
  }
  pool.release(other)
  return into
}

/**
 * A rough cost of matching a node: the postings it reads. Prefix and typo-tolerant terms expand to
 * many words, so they count as the most expensive and go last.
 */
function estimate(index: TermIndex, node: QueryNode): number {
  if (node.op === 'term') {
    if (node.prefix || node.fuzzy > 0) return Number.MAX_SAFE_INTEGER
    let total = 0
    for (const list of index.vocabulary.get(node.token) ?? []) total += list?.docs.length ?? 0
    return total
  }
  const costs = node.children.map((child) => estimate(index, child))
  return node.op === 'and' ? Math.min(...costs) : costs.reduce((sum, cost) => Math.min(Number.MAX_SAFE_INTEGER, sum + cost), 0)
}

/** Evaluate a node, scoring only documents in `within` when given (the AND matches so far). */
function evaluateNode(index: TermIndex, pool: MatchPool, node: QueryNode, within?: Matches): Matches {
  if (node.op === 'term') return evaluateTerm(index, pool, node, within)
  if (node.op === 'or') {
    let result: Matches | undefined
    for (const child of node.children) {
      const matches = evaluateNode(index, pool, child, within)
      result = result ? unite(pool, result, matches) : matches
    }
    return result ?? pool.acquire(index.records.length)
  }
  // AND: the rarest word first, then each next word only where the previous ones matched.
  const children = node.children.map((child) => ({ child, cost: estimate(index, child) })).sort((a, b) => a.cost - b.cost)
  let result: Matches | undefined
  for (const { child } of children) {
    const matches = evaluateNode(index, pool, child, result ?? within)
    result = result ? intersect(pool, result, matches) : matches
    // An empty intersection stays empty: skip the remaining words.
    if (result.docs.length === 0) break
  }
  if (result && node.phrase !== undefined && result.docs.length <= PHRASE_CHECK_LIMIT) keepPhrase(index, result, node.phrase)
  return result ?? pool.acquire(index.records.length)
}

/**
 * Above this many documents holding every word of a synonym phrase, they are kept without reading
 * them: so common a pair of words stands together in nearly all of them ("mật ong"), and reading
 * thousands of texts would double the time of a query at 100,000 products (measured).
 */
const PHRASE_CHECK_LIMIT = 500

/**
 * Keep the documents holding `phrase` whole in one field: the synonym "cà phê hạt" (coffee beans)
 * is not a cashew milk whose text says "hạt điều" and, elsewhere, "cà phê". Only the few documents
 * holding every word of the phrase are read.
 */
function keepPhrase(index: TermIndex, matches: Matches, phrase: string): void {
  const kept: number[] = []
  for (const doc of matches.docs) {
    const record = index.records[doc]
    if (record && TEXT_FIELDS.some((field) => holdsWords(record[field], phrase))) kept.push(doc)
    else {
      matches.scores[doc] = 0
      matches.bits[doc] = 0
    }
  }
  matches.docs = kept
}

/** Whether folded, space-separated `text` holds `words` as whole words ("ca phe hat" in "… ca phe hat rang …"). */
export function holdsWords(text: string | undefined, words: string): boolean {
  if (!text) return false
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const end = at + words.length
    if ((at === 0 || text[at - 1] === ' ') && (end === text.length || text[end] === ' ')) return true
  }
  return false
}

function countBits(value: number): number {
  let count = 0
  for (let rest = value; rest !== 0; rest &= rest - 1) count += 1
  return count
}

/**
 * The documents matching `node` (among `within`, when given), with their final scores (summed BM25
 * times the number of query terms matched). The caller must hand the result back to the
 * pool once it has read it.
 */
export function evaluateQuery(index: TermIndex, pool: MatchPool, node: QueryNode, within?: Matches): Matches {
  const matches = evaluateNode(index, pool, node, within)
  for (const doc of matches.docs) matches.scores[doc]! *= countBits(matches.bits[doc]!) || 1
  return matches
}
