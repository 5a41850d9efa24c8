import type { Word } from '../../../text/tokenize-text'
import { splitJoinedWord } from '../../../text/split-joined-word'
import type { KnownWord } from './build-query-tree'
import type { TermIndex } from './term-index'

/** Whether the index holds a word whole, or (`prefix`) some word starting with it. */
export function knownWordIn(index: TermIndex): KnownWord {
  return (token, prefix) => {
    if (index.vocabulary.has(token)) return true
    return prefix && !index.vocabulary.atPrefix(token).keys().next().done
  }
}

/** Words shorter than this are never taken apart: "tra" + "…" would split too freely. */
const MIN_JOINED_LENGTH = 5

/**
 * Takes apart a word typed without its space ("nuocmam" → "nuoc mam") when the catalogue does
 * not hold it (nor, for the last word, any word it starts) and both pieces are catalogue words.
 */
export function splitWordIn(index: TermIndex): (word: Word, last: boolean) => readonly string[] | null {
  const known = knownWordIn(index)
  return (word, last) => {
    const { folded } = word
    if (folded.length < MIN_JOINED_LENGTH || /\d/.test(folded) || known(folded, last)) return null
    return splitJoinedWord(folded, (piece) => index.vocabulary.has(piece))
  }
}
