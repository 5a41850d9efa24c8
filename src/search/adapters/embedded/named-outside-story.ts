import type { IndexRecord } from '../../build-index-record'
import { findMainHeadWord } from '../../find-head-word'
import type { PreparedQuery } from '../../prepare-query'
import type { Locale } from '../../types'

/**
 * For an answer that had to leave words out: a test of whether a record holds the word naming the
 * thing (find-head-word.ts) outside its story: in its name, its name in the other language, its
 * keywords or its places. "gold ring" must not find a candied pineapple whose story mentions rings
 * once "gold" is gone; the other kept words may sit anywhere. The last word may be the start of a
 * word, as the buyer may still be typing; `readAs` gives the catalogue words a misspelt one reaches.
 */
export function namesOutsideStory(
  query: PreparedQuery,
  locale: Locale,
  readAs: (token: string) => readonly string[] = (token) => [token],
): (record: IndexRecord) => boolean {
  const main = findMainHeadWord(query.words, locale).indexOf(true)
  let at = 0
  const termAt = query.terms.findIndex((term) => {
    at += term.tokens.length
    return main < at
  })
  const term = query.terms[termAt]
  if (!term) return () => true
  const last = termAt === query.terms.length - 1
  const typed = term.tokens.length === 1 ? readAs(term.tokens[0]!).map((token) => [token]) : [term.tokens]
  return (record) => {
    const holds = (tokens: readonly string[], prefixLast: boolean) =>
      tokens.every((token, i) => NAMING_FIELDS.some((field) => holdsWord(record[field], token, prefixLast && i === tokens.length - 1)))
    return typed.some((tokens) => holds(tokens, last)) || term.alternatives.some((alternative) => holds(alternative, false))
  }
}

/** The record's folded fields that name it (NAMED_FIELDS less the accent-exact words). */
const NAMING_FIELDS = ['searchTitle', 'searchAlt', 'searchKeywords', 'searchPlaces'] as const

/** True when the space-separated `text` holds `token` as a word (or the start of one, `prefix`); no copies made. */
function holdsWord(text: string, token: string, prefix: boolean): boolean {
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
    const end = at + token.length
    if ((at === 0 || text.charCodeAt(at - 1) === 32) && (prefix || end === text.length || text.charCodeAt(end) === 32)) return true
  }
  return false
}
