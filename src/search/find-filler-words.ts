import { isMarked, tokenizeWords, type Word } from '../text/tokenize-text'
import { DESCRIBING_PHRASES, FILLER_PHRASES, PURPOSE_WORDS } from './settings/filler-words'

const FILLERS = FILLER_PHRASES.map((phrase) => tokenizeWords(phrase))
const DESCRIBING = DESCRIBING_PHRASES.map((phrase) => tokenizeWords(phrase))
const DESCRIBING_TOKENS: ReadonlySet<string> = new Set(DESCRIBING.filter((phrase) => phrase.length === 1).map(([word]) => word!.folded))
const BARE_NUMBER = /^\d+$/

/** True for a word that is a bare number ("40", "1000"): a describing word, and in English after a head a specification. */
export const isBareNumber = (word: Word): boolean => BARE_NUMBER.test(word.folded)
const NEGATION_BEFORE = ['no', 'without', 'không'].map((marker) => tokenizeWords(marker)[0]!)
const NEGATION_AFTER = ['free'].map((marker) => tokenizeWords(marker)[0]!)
const PURPOSES = PURPOSE_WORDS.map(({ word, onlyWithDiacritics }) => ({ marker: tokenizeWords(word)[0]!, onlyWithDiacritics }))
/** The one-word fillers, folded: never read as a misspelling of another word. */
const FILLER_TOKENS: ReadonlySet<string> = new Set(FILLERS.filter((phrase) => phrase.length === 1).map(([word]) => word!.folded))

/** True for a folded word that is a one-word filler ("ngon", "best"): praise is not "non" (tea buds) misspelt. */
export function isFillerToken(folded: string): boolean {
  return FILLER_TOKENS.has(folded)
}

/** Every word of the filler phrases, folded. */
const FILLER_PARTS: ReadonlySet<string> = new Set(FILLERS.flatMap((phrase) => phrase.map((word) => word.folded)))

/** True for a folded word of some filler phrase ("muon" of "tôi muốn"): never mended into a synonym's word, or the phrase is lost. */
export function isFillerPart(folded: string): boolean {
  return FILLER_PARTS.has(folded)
}

/** A filler written with marks matches the same marks, or a word typed without any. */
function sameWord(typed: Word, filler: Word): boolean {
  return typed.folded === filler.folded && (!isMarked(typed) || typed.marked === filler.marked)
}

/** Which of the query's words are buyer filler (settings/filler-words.ts), what the buyer does not want, or the buyer's purpose. */
export function findFillerWords(words: readonly Word[]): boolean[] {
  const filler = markNegations(
    words,
    markPhrases(
      words,
      FILLER_INDEX,
      words.map(() => false),
    ),
  )
  // After a word of purpose that follows some word of the product, the rest is what it is for.
  const marked = words.some(isMarked)
  const purpose = words.findIndex(
    (word, i) =>
      !filler[i] &&
      filler.slice(0, i).includes(false) &&
      PURPOSES.some(({ marker, onlyWithDiacritics }) => sameWord(word, marker) && (marked || !onlyWithDiacritics)),
  )
  if (purpose > 0) for (let i = purpose; i < words.length; i += 1) filler[i] = true
  return filler
}

/** Phrases by their first word, folded: each query word looks up only the phrases it may start. */
type PhraseIndex = ReadonlyMap<string, readonly (readonly Word[])[]>

function indexPhrases(phrases: readonly (readonly Word[])[]): PhraseIndex {
  const byFirst = new Map<string, (readonly Word[])[]>()
  for (const phrase of phrases) {
    const first = phrase[0]!.folded
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase])
  }
  return byFirst
}

const FILLER_INDEX = indexPhrases(FILLERS)
const DESCRIBING_INDEX = indexPhrases(DESCRIBING)

/** `marked`, with every word of each occurrence of one of `phrases` in `words` set true. */
function markPhrases(words: readonly Word[], phrases: PhraseIndex, marked: boolean[]): boolean[] {
  for (const [start, first] of words.entries()) {
    for (const phrase of phrases.get(first.folded) ?? []) {
      if (start + phrase.length > words.length) continue
      if (phrase.every((word, i) => sameWord(words[start + i]!, word))) for (let i = 0; i < phrase.length; i += 1) marked[start + i] = true
    }
  }
  return marked
}

/**
 * Which of the query's words say how the product is said to be (settings/filler-words.ts,
 * DESCRIBING_PHRASES), bare numbers among them: "nước mắm 40 độ đạm loại thượng hạng" is fish
 * sauce whether or not an item says 40, and first the one that does.
 */
export function findDescribingWords(words: readonly Word[]): boolean[] {
  return markPhrases(words, DESCRIBING_INDEX, words.map(isBareNumber))
}

/**
 * `filler`, with what the buyer says the product must not have marked too: the word after "no",
 * "without", "không" (typed with its marks: "khong" may be "khổng"), the word before "free", and
 * the marker itself; a "không" ending the query asks a question. "persimmon no sugar" wants no
 * item for holding "sugar"; these words count only while some item holds the query whole ("hồng
 * không hạt" is the seedless persimmon's name).
 */
function markNegations(words: readonly Word[], filler: boolean[]): boolean[] {
  for (const [i, word] of words.entries()) {
    const next = words[i + 1]
    const before = NEGATION_BEFORE.some((marker) => sameWord(word, marker) && (isMarked(word) || !isMarked(marker)))
    if (before && next && !filler[i + 1]) filler[i] = filler[i + 1] = true
    // Last, "không" asks a question: "có bán kẹo dừa không".
    if (before && !next && isMarked(word)) filler[i] = true
    if (i > 0 && NEGATION_AFTER.some((marker) => sameWord(word, marker))) filler[i - 1] = filler[i] = true
  }
  return filler
}

/**
 * For a query's words, a count of what leaving out the words marked in `leftOut` takes: how many
 * content words the query has and how many go, describing words counting in neither ("bột quế
 * nguyên chất xuất khẩu" leaves out nothing that says which product). The describing words are
 * found once, however many ways of leaving words out are counted.
 */
export function leftOutCounter(words: readonly Word[]): (leftOut: readonly boolean[]) => { readonly content: number; readonly leftOut: number } {
  const describing = findDescribingWords(words)
  const content = describing.filter((isDescribing) => !isDescribing).length
  return (leftOut) => ({ content, leftOut: leftOut.filter((left, i) => left && !describing[i]).length })
}

/** One word of DESCRIBING_PHRASES, folded ("raw", "handmade"): a word before an English head that says how a thing is. */
export function isDescribingToken(folded: string): boolean {
  return DESCRIBING_TOKENS.has(folded)
}
