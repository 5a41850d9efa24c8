import { foldText } from '../text/fold-text'
import { splitWords } from '../text/split-words'
import type { Word } from '../text/tokenize-text'

/** A query word as the buyer typed it (with its marks and capitals), for the page to quote back. */
export function findTypedWord(q: string, word: Word): string {
  return splitWords(q).find((typed) => foldText(typed) === word.folded) ?? word.folded
}
