import type { SynonymTable } from '../text/synonyms'
import type { Word } from '../text/tokenize-text'
import { findFillerWords, leftOutCounter } from './find-filler-words'
import { findHeadWords, findMainHeadWord, headOrder } from './find-head-word'
import { mayAnswerWithout } from './may-answer-without'
import { narrowQuery, wholeTerms } from './narrow-query'
import type { PreparedQuery } from './prepare-query'
import { splitPhraseTerms } from './split-phrase-terms'
import type { Locale } from './types'

export interface DroppedQuery {
  readonly query: PreparedQuery
  /** Words left out, as typed. */
  readonly left: readonly Word[]
  /** Planned with the phrases taken apart: tried only when no plan keeping them whole finds anything. */
  readonly apart?: true
  /** Leaves out some of the buyer's content words (not only filler): the thing must be named outside the story. */
  readonly partial?: true
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
export function planWordDropping(prepared: PreparedQuery, locale: Locale, synonyms?: SynonymTable): DroppedQuery[] {
  const filler = wholeTerms(prepared, findFillerWords(prepared.words))
  const hasContent = filler.some((isFiller) => !isFiller)
  const content = hasContent
    ? narrowQuery(
        prepared,
        filler.map((isFiller) => !isFiller),
      )
    : { query: prepared, left: [] }
  const plans: DroppedQuery[] = content.left.length > 0 ? [content] : []
  plans.push(...droppingPlans(content.query, content.left, locale))
  // Then, as the embedded engine does, with the phrases taken apart ("coffee beans": "coffee").
  const parts = synonyms ? splitPhraseTerms(content.query, synonyms) : null
  if (parts) plans.push(...droppingPlans(parts, content.left, locale).map((plan): DroppedQuery => ({ ...plan, apart: true })))
  return plans
}

/** The ways to leave content words out of `query` that the word-dropping rule allows, best first. */
function droppingPlans(query: PreparedQuery, filler: readonly Word[], locale: Locale): DroppedQuery[] {
  const plans: DroppedQuery[] = []
  const { terms, words } = query
  const heads = findHeadWords(words, locale)
  const mainHead = findMainHeadWord(words, locale)
  const termOfWord = terms.flatMap((term, i) => term.tokens.map(() => i))
  const count = Math.min(terms.length, MAX_TERMS)
  const subsets: boolean[][] = []
  for (let mask = (1 << count) - 2; mask > 0; mask -= 1) subsets.push(terms.map((_, i) => i >= count || (mask & (1 << i)) !== 0))
  const leftWords = (keep: readonly boolean[]) => termOfWord.filter((term) => !keep[term]).length
  // Fewest words left out first; then the head side kept longest (find-head-word.ts: headOrder).
  const order = headOrder(words, locale)
  const termPlace = terms.map((_, i) => Math.min(...termOfWord.flatMap((term, w) => (term === i ? [order[w]!] : []))))
  const rank = (keep: readonly boolean[]) => keep.reduce((sum, kept, i) => sum + (kept ? 2 ** (words.length - termPlace[i]!) : 0), 0)
  subsets.sort((a, b) => leftWords(a) - leftWords(b) || rank(b) - rank(a))
  const countLeftOut = leftOutCounter(words)
  for (const keep of subsets) {
    const count = countLeftOut(termOfWord.map((term) => !keep[term]))
    const headLeft = termOfWord.some((term, i) => heads[i] && !keep[term])
    const mainHeadLeft = termOfWord.some((term, i) => mainHead[i] && !keep[term])
    if (count.leftOut === 0 || mayAnswerWithout(count.content, count.leftOut, headLeft, mainHeadLeft)) {
      const dropped = narrowQuery(query, keep)
      plans.push({ query: dropped.query, left: [...filler, ...dropped.left], partial: true })
    }
  }
  return plans
}
