import type { Word } from '../text/tokenize-text'
import type { Locale } from './types'

/** The shape of a Vietnamese syllable without its marks: consonants, one to three vowels, a final. */
const FOLDED_SYLLABLE = /^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/

/**
 * Per word: true for the words the query is about. Vietnamese names the thing first, mostly in two
 * syllables ("nước mắm nguyên chất", "mật ong xuất khẩu", "nước hoa"); English names it last
 * ("red wine", "ceramic vase"). A word in a Vietnamese query that cannot be a Vietnamese syllable
 * ("handmade", "organic") is borrowed description, never the head.
 */
export function findHeadWords(words: readonly Word[], locale: Locale): boolean[] {
  if (locale === 'en') return words.map((_, i) => i === words.length - 1)
  const first = words.findIndex((word) => FOLDED_SYLLABLE.test(word.folded))
  if (first < 0) return words.map((_, i) => i === 0)
  const second = FOLDED_SYLLABLE.test(words[first + 1]?.folded ?? '') ? first + 1 : first
  return words.map((_, i) => i === first || i === second)
}

/** Per word: true for the one word that names the thing (Vietnamese: the first head word; English: the last). */
export function findMainHeadWord(words: readonly Word[], locale: Locale): boolean[] {
  const heads = findHeadWords(words, locale)
  const main = locale === 'en' ? heads.lastIndexOf(true) : heads.indexOf(true)
  return words.map((_, i) => i === main)
}
