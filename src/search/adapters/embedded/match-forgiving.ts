import { findFillerWords } from '../../find-filler-words'
import { findHeadWords } from '../../find-head-word'
import { mayAnswerWithout } from '../../may-answer-without'
import { fillerTerms, narrowQuery } from '../../narrow-query'
import type { PreparedQuery } from '../../prepare-query'
import type { Word } from '../../../text/tokenize-text'
import type { AllowedDocs } from './filter-index'
import { findMissingAccents } from './find-missing-accents'
import { markedWordsOf } from './index-store'
import { withMatches, type Candidates, type SearchRun } from './match-query'
import { withPartialMatches } from './match-partial'

export interface ForgivingMatch {
  readonly candidates: Candidates
  /** The query as matched: the words kept. */
  readonly query: PreparedQuery
  /** Words left out, as typed. */
  readonly ignored: readonly Word[]
  /** True when leaving out enough words to find anything would answer another question. */
  readonly refused: boolean
}

const NOTHING: Candidates = { docs: [] }

/** True when leaving out the words marked (per word of `query`) would leave too little to answer. */
function tooMuchMissing(query: PreparedQuery, leftOut: readonly boolean[], locale: 'vi' | 'en'): boolean {
  const count = leftOut.filter(Boolean).length
  const head = findHeadWords(query.words, locale).some((isHead, i) => isHead && leftOut[i])
  return count > 0 && !mayAnswerWithout(query.words.length, count, head)
}

/**
 * Match every word; when that finds nothing, leave out the buyer's filler ("mua", "giá sỉ",
 * "wholesale"); when that still finds nothing, leave out the content words the catalogue holds no
 * match for, as long as at most half of them go (may-answer-without.ts). Words typed with
 * diacritics the catalogue never has count as missing from the start: "lụa tơ tằm" finds
 * nothing rather than paddy dryers ("lúa").
 */
export function withForgivingMatches<T>(run: SearchRun, prepared: PreparedQuery, allowed: AllowedDocs | null, use: (match: ForgivingMatch) => T): T {
  type Found = { value: T } | null
  const attempt = (query: PreparedQuery, ignored: readonly Word[]): Found =>
    withMatches(run, query, allowed, (candidates) => (candidates.docs.length > 0 ? { value: use({ candidates, query, ignored, refused: false }) } : null))

  const locale = run.index === 'public_en' ? 'en' : 'vi'
  const known = (token: string) => run.store.index.vocabulary.has(token)
  const filler = fillerTerms(prepared, findFillerWords(prepared.words))
  const hasContent = filler.some((isFiller) => !isFiller)
  const content = hasContent
    ? narrowQuery(
        prepared,
        filler.map((isFiller) => !isFiller),
      )
    : { query: prepared, left: [] }
  if (content.query.markedTokens.length > 0 && tooMuchMissing(content.query, findMissingAccents(content.query, markedWordsOf(run.store), known), locale)) {
    return use({ candidates: NOTHING, query: content.query, ignored: [], refused: true })
  }
  const all = attempt(prepared, [])
  if (all) return all.value
  if (hasContent && content.left.length > 0) {
    const withoutFiller = attempt(content.query, content.left)
    if (withoutFiller) return withoutFiller.value
  }
  if (content.query.terms.length < 2) return use({ candidates: NOTHING, query: content.query, ignored: [], refused: false })
  return withPartialMatches(run, content.query, allowed, locale, (candidates, kept) => {
    const partial = narrowQuery(content.query, kept)
    const leftOut = wordsOfTerms(content.query, kept).map((isKept) => !isKept)
    if (candidates.docs.length === 0 || tooMuchMissing(content.query, leftOut, locale)) {
      return use({ candidates: NOTHING, query: content.query, ignored: [], refused: true })
    }
    return use({ candidates, query: partial.query, ignored: [...content.left, ...partial.left], refused: false })
  })
}

/** Per word of the query: the value of the term covering it. */
function wordsOfTerms(query: PreparedQuery, perTerm: readonly boolean[]): boolean[] {
  return query.terms.flatMap((term, i) => term.tokens.map(() => perTerm[i]!))
}
