import type { PreparedQuery } from './prepare-query'
import { isMarked, type Word } from '../text/tokenize-text'

/**
 * The prepared query with only some of its terms (the words kept after leaving others out), and
 * the words left out, as typed. Terms cover the query's words in order, `tokens.length` each.
 */
export function narrowQuery(prepared: PreparedQuery, keep: readonly boolean[]): { readonly query: PreparedQuery; readonly left: readonly Word[] } {
  const words: Word[] = []
  const left: Word[] = []
  let at = 0
  for (const [i, term] of prepared.terms.entries()) {
    const covered = prepared.words.slice(at, at + term.tokens.length)
    ;(keep[i] ? words : left).push(...covered)
    at += term.tokens.length
  }
  return {
    query: {
      words,
      tokens: words.map((word) => word.folded),
      terms: prepared.terms.filter((_, i) => keep[i]),
      markedTokens: [...new Set(words.filter(isMarked).map((word) => word.marked))],
    },
    left,
  }
}

/** Per term: true when every word it covers is marked in `perWord` (filler, describing…). */
export function wholeTerms(prepared: PreparedQuery, perWord: readonly boolean[]): boolean[] {
  let at = 0
  return prepared.terms.map((term) => {
    const whole = perWord.slice(at, at + term.tokens.length).every(Boolean)
    at += term.tokens.length
    return whole
  })
}
