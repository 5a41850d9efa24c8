import type { PreparedQuery } from '../../prepare-query'
import { isMarked } from '../../../text/tokenize-text'

/**
 * Per query word: true when the buyer typed it with diacritics and the catalogue holds it under no
 * record with those diacritics ("lụa" where only "lúa" exists, "nón" where only "non" and "nõn"
 * do). Such a word is missing as surely as an unknown one: matching its folded letters finds other
 * words. A word with synonyms is missing only when none of them is in the catalogue either
 * ("nón lá" or "conical hat"), and a regional spelling a group lists beside the catalogue's ("dĩa"
 * beside "đĩa") is not missing; the last word may still be typed, so any catalogue word starting
 * with it counts.
 *
 * One exception: the marks are wrong but the words around them pin the meaning. "thổ cẫm", "chiếu
 * cõi", "lạp xường" (hỏi for ngã, the commonest slip in the south, and regional spellings) hold a
 * word the catalogue never has, yet its folded form stands beside the next or previous query word
 * in some record ("tho cam"). That word is kept; the hits are then accent-approximate, ranked last
 * and flagged as near matches (accent-approximate.ts). "nón lá" stays missing: no record holds
 * "non la" side by side.
 */
export function findMissingAccents(
  prepared: PreparedQuery,
  markedWords: ReadonlyMap<string, number>,
  known: (token: string) => boolean,
  holdsPhrase: (first: string, second: string) => boolean = () => false,
): boolean[] {
  const missing: boolean[] = []
  const { words } = prepared
  for (const term of prepared.terms) {
    const viaSynonym = term.alternatives.some((alternative) => alternative.every(known))
    for (let i = 0; i < term.tokens.length; i += 1) {
      const at = missing.length
      const word = words[at]!
      const last = at === words.length - 1
      // A spelling the synonyms list for this word ("dĩa" beside "đĩa") stands for the others.
      const spelt = term.spellings?.some((spelling) => spelling[i] !== undefined && markedWords.has(spelling[i]!)) ?? false
      missing.push(isMarked(word) && !viaSynonym && !spelt && !markedWords.has(word.marked) && !(last && startsAny(markedWords, word.marked)))
    }
  }
  return missing.map((isMissing, i) => isMissing && !pinnedByNeighbour(words, i, holdsPhrase))
}

function pinnedByNeighbour(words: PreparedQuery['words'], i: number, holdsPhrase: (first: string, second: string) => boolean): boolean {
  const word = words[i]!
  const before = words[i - 1]
  const after = words[i + 1]
  return (before !== undefined && holdsPhrase(before.folded, word.folded)) || (after !== undefined && holdsPhrase(word.folded, after.folded))
}

function startsAny(words: ReadonlyMap<string, number>, prefix: string): boolean {
  for (const word of words.keys()) if (word.startsWith(prefix)) return true
  return false
}
