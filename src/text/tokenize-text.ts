import { foldText } from './fold-text'
import { markToken } from './mark-text'
import { splitWords } from './split-words'

/** One word of text in the two forms search needs. */
export interface Word {
  /** Folded form: what the index is searched with ("dế" → "de"). */
  readonly folded: string
  /** Accent-exact form ("dế" → "de61"); equal to `folded` when the word was typed without marks. */
  readonly marked: string
}

/** A run of characters that are neither letters nor digits: what separates words. */
export const NOT_WORD_CHAR = /[^\p{L}\p{N}]+/u

function analyzeWord(word: string): readonly Word[] {
  const folded = foldText(word)
  // Compatibility folding can, rarely, bring in a separator ("½" → "1⁄2"); such pieces keep no marks.
  if (NOT_WORD_CHAR.test(folded)) {
    return folded
      .split(NOT_WORD_CHAR)
      .filter((piece) => piece.length > 0)
      .map((piece) => ({ folded: piece, marked: piece }))
  }
  return [{ folded, marked: markToken(word) }]
}

// Vietnamese is written in a few thousand distinct syllables, so indexing a catalogue analyses the
// same words over and over; remembering them makes indexing several times faster. Bounded, and
// simply emptied when full, so memory stays flat whatever the input.
const WORD_CACHE_LIMIT = 50_000
const wordCache = new Map<string, readonly Word[]>()

/** Split text into words, each in folded and marked form. */
export function tokenizeWords(input: string): Word[] {
  const words: Word[] = []
  for (const word of splitWords(input)) {
    let analyzed = wordCache.get(word)
    if (!analyzed) {
      analyzed = analyzeWord(word)
      if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear()
      wordCache.set(word, analyzed)
    }
    words.push(...analyzed)
  }
  return words
}

/** Folded tokens of the text, the form used at index and at query time. */
export function tokenizeText(input: string): string[] {
  return tokenizeWords(input).map((word) => word.folded)
}

/** True when the word was written with diacritics. */
export function isMarked(word: Word): boolean {
  return word.marked !== word.folded
}
