import { tokenizeWords, type Word } from '../text/tokenize-text'

/** The words a Telex/VNI reading changed, as typed and as decoded ("box" → "bõ"); every word when the counts differ. */
function changedWords(typed: string, decoded: string): { readonly typed: readonly Word[]; readonly decoded: readonly Word[] } {
  const before = tokenizeWords(typed)
  const after = tokenizeWords(decoded)
  if (before.length !== after.length) return { typed: before, decoded: after }
  const changed = (_: Word, i: number) => before[i]!.marked !== after[i]!.marked
  return { typed: before.filter(changed), decoded: after.filter(changed) }
}

/** The words of `typed` a Telex/VNI reading changed ("box" of "box" → "bõ"). */
export function typedWordsChanged(typed: string, decoded: string): readonly Word[] {
  return changedWords(typed, decoded).typed
}

/** The words a Telex/VNI reading changed ("box" → "bõ"), as decoded. */
export function decodedWordsOf(typed: string, decoded: string): readonly Word[] {
  return changedWords(typed, decoded).decoded
}

/**
 * True when a Telex/VNI reading answers only by leaving out a word its decoding changed: it then
 * explains nothing about the query, and its answer is the typed query's with a word made up.
 * ("handmade in hanoi lacquer box" read as "… lacquer bõ" found a lamp without "bõ".)
 */
export function leavesOutDecoded(changed: readonly Word[], left: readonly Word[]): boolean {
  return left.some((word) => changed.some((decoded) => decoded.marked === word.marked))
}
