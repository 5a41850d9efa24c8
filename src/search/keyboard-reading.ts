import { tokenizeWords, type Word } from '../text/tokenize-text'

/** The words of `typed` a Telex/VNI reading changed ("box" of "box" → "bõ"); every word when the count differs. */
export function typedWordsChanged(typed: string, decoded: string): readonly Word[] {
  const before = tokenizeWords(typed)
  const after = tokenizeWords(decoded)
  if (before.length !== after.length) return before
  return before.filter((word, i) => word.marked !== after[i]!.marked)
}

/** The words a Telex/VNI reading changed ("box" → "bõ"), as decoded; every word when the count differs. */
export function decodedWordsOf(typed: string, decoded: string): readonly Word[] {
  const before = tokenizeWords(typed)
  const after = tokenizeWords(decoded)
  if (before.length !== after.length) return after
  return after.filter((word, i) => word.marked !== before[i]!.marked)
}

/**
 * True when a Telex/VNI reading answers only by leaving out a word its decoding changed: it then
 * explains nothing about the query, and its answer is the typed query's with a word made up.
 * ("handmade in hanoi lacquer box" read as "… lacquer bõ" found a lamp without "bõ".)
 */
export function leavesOutDecoded(changed: readonly Word[], left: readonly Word[]): boolean {
  return left.some((word) => changed.some((decoded) => decoded.marked === word.marked))
}
