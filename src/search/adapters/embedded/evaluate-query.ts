import { evaluateTerm } from './evaluate-term'
import { intersect, type MatchPool, type Matches, unite } from './match-pool'
import { keepMarked, keepPhrase, MARKED_CHECK_LIMIT, PHRASE_CHECK_LIMIT } from './phrase-check'
import type { TermIndex } from './term-index'

export { createMatchPool, type MatchPool, type Matches, matchedDocs } from './match-pool'
export { holdsWords } from './phrase-check'
export { isSubsequence, transpositionsOf } from './typing-slips'

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
      /** With no edits allowed, two neighbouring letters swapped still match (typing-slips.ts, SWAPPED_ONLY_LENGTH). */
      readonly swapped?: true
      readonly boost: number
      /** Bit of the query term this stands for (counts the terms matched, MiniSearch's "quality"). */
      readonly bit: number
      /** A synonym's word written with diacritics: only records holding it with them match (accent-exact token). */
      readonly marked?: string
    }

/**
 * A rough cost of matching a node: the postings it reads. Prefix and typo-tolerant terms expand to
 * many words, so they count as the most expensive and go last.
 */
function estimate(index: TermIndex, node: QueryNode): number {
  if (node.op === 'term') {
    if (node.prefix || node.fuzzy > 0) return Number.MAX_SAFE_INTEGER
    let total = 0
    for (const list of index.vocabulary.get(node.token) ?? []) total += list?.count ?? 0
    return total
  }
  const costs = node.children.map((child) => estimate(index, child))
  return node.op === 'and' ? Math.min(...costs) : costs.reduce((sum, cost) => Math.min(Number.MAX_SAFE_INTEGER, sum + cost), 0)
}

/** Evaluate a node, scoring only documents in `within` when given (the AND matches so far). */
function evaluateNode(index: TermIndex, pool: MatchPool, node: QueryNode, within?: Matches): Matches {
  if (node.op === 'term') {
    const matches = evaluateTerm(index, pool, node, within)
    if (node.marked !== undefined && matches.count <= MARKED_CHECK_LIMIT) keepMarked(index, matches, node.marked)
    return matches
  }
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
    if (result.count === 0) break
  }
  if (result && node.phrase !== undefined && result.count <= PHRASE_CHECK_LIMIT) keepPhrase(index, result, node.phrase)
  return result ?? pool.acquire(index.records.length)
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
  const { docs, scores, bits } = matches
  for (let i = 0; i < matches.count; i += 1) scores[docs[i]!]! *= countBits(bits[docs[i]!]!) || 1
  return matches
}
