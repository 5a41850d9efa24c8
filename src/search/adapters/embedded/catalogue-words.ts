import { isFillerPart, isFillerToken } from '../../find-filler-words'
import type { SynonymTable } from '../../../text/synonyms'
import { isMarked, type Word } from '../../../text/tokenize-text'
import type { IndexName } from '../../settings/index-names'
import { typoBudget } from '../../typo-budget'
import { transpositionsOf } from './evaluate-query'
import { isTypoOf } from './typing-slips'
import { boundedEditDistance } from '../../../text/edit-distance'
import { englishWordForms } from '../../../text/english-word-forms'
import { splitJoinedWord } from '../../../text/split-joined-word'
import { isFoldedSyllable } from '../../../text/compose-syllable'
import type { PreparedQuery } from '../../prepare-query'
import type { KnownWord } from './build-query-tree'
import { holdsTerm, isLive, type TermIndex } from './term-index'

/** Whether a live document holds a word whole, or (`prefix`) some word starting with it. */
export function knownWordIn(index: TermIndex): KnownWord {
  return (token, prefix) => {
    if (holdsTerm(index, token)) return true
    if (!prefix) return false
    for (const postings of index.vocabulary.atPrefix(token).values()) if (isLive(postings)) return true
    return false
  }
}

/** The other number of an English word ("beans" ↔ "bean"), when the catalogue holds it. */
export function englishFormsIn(index: TermIndex): (token: string) => readonly string[] {
  return (token) => englishWordForms(token).filter((form) => holdsTerm(index, form))
}

/**
 * Two words typed apart that the catalogue holds as one ("bees wax" → "beeswax"), neither of them
 * filler nor a number; null otherwise.
 */
export function joinWordsIn(index: TermIndex): (first: string, second: string) => string | null {
  return (first, second) => {
    if (/\d/.test(first + second) || isFillerToken(first) || isFillerToken(second)) return null
    const joined = first + second
    return joined.length >= MIN_JOINED_LENGTH && holdsTerm(index, joined) ? joined : null
  }
}

/** Words shorter than this are never taken apart: "tra" + "…" would split too freely. */
const MIN_JOINED_LENGTH = 5

/**
 * Takes apart a word typed without its space ("nuocmam" → "nuoc mam") when the catalogue does
 * not hold it (nor, for the last word, any word it starts) and both pieces are catalogue words.
 */
export function splitWordIn(index: TermIndex, synonyms: SynonymTable): (word: Word, last: boolean) => readonly string[] | null {
  const known = knownWordIn(index)
  return (word, last) => {
    const { folded } = word
    // A word the synonyms list ("handmade") is read through them, not taken apart ("hand made").
    if (folded.length < MIN_JOINED_LENGTH || /\d/.test(folded) || known(folded, last) || synonyms.byPhrase.has(folded)) return null
    // Typed with its marks in the shape of one syllable, it is one word ("thượng" is no "thu ong").
    if (isMarked(word) && isFoldedSyllable(folded)) return null
    return splitJoinedWord(folded, (piece) => holdsTerm(index, piece))
  }
}

/**
 * Mends a word the catalogue does not hold, not even within a typo, into a word of the synonym
 * groups that is (a typo away, a swapped pair counting as one): "cinnamon stiks" becomes "cinnamon
 * sticks", whose synonym "cinnamon quills" the catalogue holds. A word the catalogue holds or
 * nearly holds is left alone; the engine's own typo matching reads those; so is a word typed with
 * diacritics, or one of the buyer's filler ("muon" of "toi muon", not "muong").
 */
export function correctWordIn(index: TermIndex, synonyms: SynonymTable, name: IndexName): (word: Word, last: boolean) => string | null {
  const known = knownWordIn(index)
  return (word, last) => {
    const { folded } = word
    const budget = typoBudget(folded, name)
    // A word typed with diacritics is the word its marks say ("muốn", want), never another one mended in ("muống").
    if (budget === 0 || isMarked(word) || isFillerPart(folded) || known(folded, last) || synonyms.words.has(folded)) return null
    for (const [term, [postings]] of index.vocabulary.fuzzyGet(folded, budget)) if (isTypoOf(folded, term) && isLive(postings)) return null
    if (transpositionsOf(folded).some((swapped) => holdsTerm(index, swapped))) return null
    return closestWord(folded, synonyms.words, budget)
  }
}

/** The closest word within `budget` edits (a swapped pair is one), the first in order on a tie; null when none. */
function closestWord(typed: string, words: ReadonlySet<string>, budget: number): string | null {
  let best: string | null = null
  let bestDistance = budget + 1
  const swapped = transpositionsOf(typed)
  for (const word of words) {
    if (!isTypoOf(typed, word) && !swapped.includes(word)) continue
    const distance = boundedEditDistance(typed, word, budget, { transpositions: true })
    if (distance < bestDistance || (distance === bestDistance && best !== null && word < best)) {
      best = word
      bestDistance = distance
    }
  }
  return bestDistance <= budget ? best : null
}

/**
 * The words of `query` the catalogue holds that may yet be slips: long enough for a typo, no filler,
 * typed without diacritics (marks typed say which word is meant: "trái khóm" is not "trải khổ").
 * None in a query of one term, whose every match was already tried.
 */
export function slipsIn(index: TermIndex, name: IndexName, query: PreparedQuery): ReadonlySet<string> {
  if (query.terms.length < 2) return new Set()
  // Known as the query tree knows it: the last word, typed perhaps in part, as the start of a word.
  const known = knownWordIn(index)
  const last = query.words.length - 1
  const slips = query.words.filter(
    (word, i) => !isMarked(word) && !isFillerToken(word.folded) && typoBudget(word.folded, name) > 0 && known(word.folded, i === last),
  )
  return new Set(slips.map((word) => word.folded))
}

/**
 * The catalogue words a query word stands for: itself, or those a typo away when the catalogue
 * lacks it or it is read as a slip (`slips`).
 */
export function catalogueReadingsIn(index: TermIndex, name: IndexName, slips?: ReadonlySet<string>): (token: string) => readonly string[] {
  return (token) => {
    const budget = typoBudget(token, name)
    if (budget === 0 || (holdsTerm(index, token) && !slips?.has(token))) return [token]
    return [token, ...[...index.vocabulary.fuzzyGet(token, budget).keys()].filter((term) => isTypoOf(token, term))]
  }
}
