import type { PreparedQuery } from '../../prepare-query'
import { isMarked } from '../../../text/tokenize-text'

/**
 * Per query word: true when the buyer typed it with diacritics and the catalogue holds it under no
 * record with those diacritics ("lụa" where only "lúa" exists, "nón" where only "non" and "nõn"
 * do). Such a word is missing as surely as an unknown one: matching its folded letters finds other
 * words. A word with synonyms is missing only when none of them is in the catalogue either
 * ("nón lá" or "conical hat"); the last word may still be typed, so any catalogue word starting
 * with it counts.
 */
export function findMissingAccents(prepared: PreparedQuery, markedWords: ReadonlySet<string>, known: (token: string) => boolean): boolean[] {
  const missing: boolean[] = []
  const { words } = prepared
  for (const term of prepared.terms) {
    const viaSynonym = term.alternatives.some((alternative) => alternative.every(known))
    for (let i = 0; i < term.tokens.length; i += 1) {
      const at = missing.length
      const word = words[at]!
      const last = at === words.length - 1
      missing.push(isMarked(word) && !viaSynonym && !markedWords.has(word.marked) && !(last && startsAny(markedWords, word.marked)))
    }
  }
  return missing
}

function startsAny(words: ReadonlySet<string>, prefix: string): boolean {
  for (const word of words) if (word.startsWith(prefix)) return true
  return false
}
