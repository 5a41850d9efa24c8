import type { Word } from '../text/tokenize-text'
import { findFillerWords } from './find-filler-words'
import { findHeadWords, findMainHeadWord } from './find-head-word'
import { mayAnswerWithout } from './may-answer-without'
import { fillerTerms, narrowQuery } from './narrow-query'
import type { PreparedQuery } from './prepare-query'
import type { Locale } from './types'

export interface DroppedQuery {
  readonly query: PreparedQuery
  /** Words left out, as typed. */
  readonly left: readonly Word[]
}

/** More terms than this and only the filler and single words are tried: the subsets grow too fast. */
const MAX_TERMS = 8

/**
 * The queries to try, best first, when every word together finds nothing: without the buyer's
 * filler, then without ever more content words, as long as the word-dropping rule allows
 * (may-answer-without.ts); among as many words left out, those keeping the words nearest the head
 * first. For an engine that cannot say which words a hit matched (Meilisearch): it asks for each
 * and keeps the first that finds something.
 */
export function planWordDropping(prepared: PreparedQuery, locale: Locale): DroppedQuery[] {
  const filler = fillerTerms(prepared, findFillerWords(prepared.words))
  const hasContent = filler.some((isFiller) => !isFiller)
  const content = hasContent
    ? narrowQuery(
        prepared,
        filler.map((isFiller) => !isFiller),
      )
    : { query: prepared, left: [] }
  const plans: DroppedQuery[] = content.left.length > 0 ? [content] : []
  const { terms, words } = content.query
  const heads = findHeadWords(words, locale)
  const mainHead = findMainHeadWord(words, locale)
  const termOfWord = terms.flatMap((term, i) => term.tokens.map(() => i))
  const count = Math.min(terms.length, MAX_TERMS)
  const subsets: boolean[][] = []
  for (let mask = (1 << count) - 2; mask > 0; mask -= 1) subsets.push(terms.map((_, i) => i >= count || (mask & (1 << i)) !== 0))
  const leftWords = (keep: readonly boolean[]) => termOfWord.filter((term) => !keep[term]).length
  // Fewest words left out first; then the head side kept longest (Vietnamese: the first words, English: the last).
  const rank = (keep: readonly boolean[]) => keep.reduce((sum, kept, i) => sum + (kept ? 2 ** (locale === 'vi' ? terms.length - i : i) : 0), 0)
  subsets.sort((a, b) => leftWords(a) - leftWords(b) || rank(b) - rank(a))
  for (const keep of subsets) {
    const left = leftWords(keep)
    const headLeft = termOfWord.some((term, i) => heads[i] && !keep[term])
    const mainHeadLeft = termOfWord.some((term, i) => mainHead[i] && !keep[term])
    if (mayAnswerWithout(words.length, left, headLeft, mainHeadLeft)) {
      const dropped = narrowQuery(content.query, keep)
      plans.push({ query: dropped.query, left: [...content.left, ...dropped.left] })
    }
  }
  return plans
}
