import type { Word } from '../text/tokenize-text'
import type { Locale } from './types'

/**
 * Position of the word a query is about: Vietnamese names the thing first ("nước mắm nguyên chất",
 * "gốm handmade"), English last ("red wine", "ceramic vase"). A word in a Vietnamese query that
 * cannot be a Vietnamese syllable ("handmade", "organic") is borrowed description, never the head.
 * -1 for no words.
 */
/** The shape of a Vietnamese syllable without its marks: consonants, one to three vowels, a final. */
const FOLDED_SYLLABLE = /^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/

export function findHeadWord(words: readonly Word[], locale: Locale): number {
  if (locale === 'en') return words.length - 1
  const head = words.findIndex((word) => FOLDED_SYLLABLE.test(word.folded))
  return head >= 0 ? head : words.length > 0 ? 0 : -1
}
