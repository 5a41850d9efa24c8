import type { IndexRecord } from '../../build-index-record'
import { TEXT_FIELDS } from '../../settings/index-settings'
import type { Matches } from './match-pool'
import type { TermIndex } from './term-index'

/**
 * Above this many documents holding every word of a synonym phrase, they are kept without reading
 * them: so common a pair of words stands together in nearly all of them ("mật ong"), and reading
 * thousands of texts would double the time of a query at 100,000 products (measured).
 */
export const PHRASE_CHECK_LIMIT = 500

/**
 * Keep the documents holding `phrase` whole in one field: the synonym "cà phê hạt" (coffee beans)
 * is not a cashew milk whose text says "hạt điều" and, elsewhere, "cà phê". Only the few documents
 * holding every word of the phrase are read.
 */
export function keepPhrase(index: TermIndex, matches: Matches, phrase: string): void {
  keepWhere(index, matches, (record) => TEXT_FIELDS.some((field) => holdsWords(record[field], phrase)))
}

/** Keep, in place, the matched documents whose record passes `test`; the others lose their score. */
function keepWhere(index: TermIndex, matches: Matches, test: (record: IndexRecord) => boolean): void {
  let kept = 0
  for (let i = 0; i < matches.count; i += 1) {
    const doc = matches.docs[i]!
    const record = index.records[doc]
    if (record && test(record)) matches.docs[kept++] = doc
    else {
      matches.scores[doc] = 0
      matches.bits[doc] = 0
    }
  }
  matches.count = kept
}

/**
 * Whether folded, space-separated `text` holds `words` as whole words ("ca phe hat" in "… ca phe
 * hat rang …"); with `prefix`, the last one may be the start of a word (the buyer may still be typing).
 */
export function holdsWords(text: string | undefined, words: string, prefix = false): boolean {
  if (!text) return false
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const end = at + words.length
    if ((at === 0 || text[at - 1] === ' ') && (prefix || end === text.length || text[end] === ' ')) return true
  }
  return false
}

/**
 * Above this many documents holding a synonym's word folded, they are kept without reading them:
 * at 5,000 the reading doubled the median time of queries with synonyms at 100,000 products
 * (1.7 → 3.8 ms, measured); a provincial showroom's few thousand products stay well under it.
 */
export const MARKED_CHECK_LIMIT = 1_000

/**
 * Keep the documents holding `marked` (an accent-exact token) among their accent-exact words: a
 * synonym the buyer did not type keeps its own marks ("lụa" for "silk", not "lúa").
 */
export function keepMarked(index: TermIndex, matches: Matches, marked: string): void {
  keepWhere(index, matches, (record) => holdsWords(record.marked, marked))
}
