import { findFillerWords, isFillerToken } from '../../find-filler-words'
import type { PreparedQuery } from '../../prepare-query'
import type { IndexName } from '../../settings/index-names'
import { typoBudget } from '../../typo-budget'
import type { KnownWord } from './build-query-tree'
import { isSubsequence, transpositionsOf } from './evaluate-query'
import type { TermIndex, TermPostings } from './term-index'

function documentCount(postings: TermPostings): number {
  let count = 0
  for (const list of postings) count += list?.live ?? 0
  return count
}

/**
 * "Did you mean": the query with each word the catalogue does not hold (and no synonym explains) replaced by the closest
 * catalogue word (fewest edits, then the most documents), or undefined when no word changes.
 */
export function suggestSpelling(index: TermIndex, name: IndexName, prepared: PreparedQuery, known: KnownWord): string | undefined {
  let changed = false
  const filler = findFillerWords(prepared.words)
  // A word inside a synonym group is understood ("sticks" of "cinnamon sticks"), though no product says it.
  const understood = prepared.terms.flatMap((term) => term.tokens.map(() => term.alternatives.length > 0))
  const words = prepared.tokens.map((token, i) => {
    if (filler[i] || understood[i] || known(token, i === prepared.tokens.length - 1)) return token
    // Suggest a little more freely than matching does: a suggestion is only offered, never applied.
    const budget = Math.max(typoBudget(token, name), token.length >= 3 && !/\d/.test(token) ? 1 : 0)
    let best: { term: string; distance: number; count: number } | undefined
    const consider = (term: string, postings: TermPostings, distance: number) => {
      const count = documentCount(postings)
      // A filler is no spelling of what the buyer wants ("longan tee" is not "longan the").
      if (count === 0 || isFillerToken(term)) return
      if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { term, distance, count }
    }
    for (const [term, [postings, fuzzyDistance]] of index.vocabulary.fuzzyGet(token, budget)) {
      // A letter left out is the likelier slip (evaluate-query.ts): it counts as half an edit.
      consider(term, postings, fuzzyDistance - (isSubsequence(token, term) ? 0.5 : 0))
    }
    // Two letters swapped is as likely a slip of the thumb ("oli" is "oil", not "old").
    for (const term of transpositionsOf(token)) {
      const postings = index.vocabulary.get(term)
      if (postings) consider(term, postings, 0.5)
    }
    if (!best) return token
    changed = true
    return best.term
  })
  return changed ? words.join(' ') : undefined
}
