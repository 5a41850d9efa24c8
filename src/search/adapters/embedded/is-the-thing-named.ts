import type { IndexRecord } from '../../build-index-record'
import { findMainHeadWord } from '../../find-head-word'
import type { PreparedQuery } from '../../prepare-query'
import type { Locale } from '../../types'
import { isWordApproximate, spellingsOfWords } from './accent-approximate'
import { thingsOf, wantedHead } from './name-head'
import { holdsWords } from './phrase-check'
import { DESCRIBING_PHRASES } from '../../settings/filler-words'
import { foldText } from '../../../text/fold-text'

/**
 * For an answer that had to leave words out: a test of whether a record is the thing the query
 * names (its main head word, find-head-word.ts). The word must name the record outside its story:
 * as the head of its name or of its name in the other language, or in its keywords or places.
 * "gold ring" must not find a candied pineapple whose story mentions rings once "gold" is gone, nor
 * "frozen shrimp" the shrimp salt whose name holds "shrimp" as what it is made of. The other kept
 * words may sit anywhere. The last word may be the start of a word, as the buyer may still be
 * typing; `readAs` gives the catalogue words a misspelt one reaches. A head typed with diacritics
 * must be held with them.
 */
export function isTheThingNamed(
  query: PreparedQuery,
  locale: Locale,
  readAs: (token: string) => readonly string[] = (token) => [token],
): (record: IndexRecord) => boolean {
  const main = findMainHeadWord(query.words, locale).indexOf(true)
  let at = 0
  const termAt = query.terms.findIndex((term) => {
    at += term.tokens.length
    return main < at
  })
  const term = query.terms[termAt]
  if (!term) return () => true
  const last = termAt === query.terms.length - 1
  const typed = term.tokens.length === 1 ? readAs(term.tokens[0]!).map((token) => [token]) : [term.tokens]
  // Each reading once, not once per record: a partial answer may check thousands.
  const readings: Reading[] = [
    ...typed.map((tokens) => ({ tokens, phrase: tokens.join(' '), prefix: last })),
    ...term.alternatives.map((tokens) => ({ tokens, phrase: tokens.join(' '), prefix: false })),
  ]
  // A head typed with diacritics must be held with them: "cá tra" is no tea whose group says "cà phê".
  const headWord = query.words[main]!
  const headSpellings = spellingsOfWords(query)[main]
  const lastWord = main === query.words.length - 1
  return (record) =>
    readings.some((reading) => namesAsHead(record, reading) || inLabels(record, reading.tokens, reading.prefix)) &&
    !isWordApproximate(record, headWord, lastWord, {}, headSpellings)
}

/** One way the head term may be written: its tokens, them joined, and whether the last may be the start of a word. */
interface Reading {
  readonly tokens: readonly string[]
  readonly phrase: string
  readonly prefix: boolean
}

/** Every token in the record's keywords (brand, group, sectors) or places, which name what and where it is. */
function inLabels(record: IndexRecord, tokens: readonly string[], prefixLast: boolean): boolean {
  return tokens.every((token, i) => LABEL_FIELDS.some((field) => holdsWords(record[field], token, prefixLast && i === tokens.length - 1)))
}

const LABEL_FIELDS = ['searchKeywords', 'searchPlaces'] as const

/**
 * True when the words name what the record is, not something it is made with or from: a
 * Vietnamese name starts with them (within its first two words: "Lu gốm đỏ" is pottery, "Liềm gặt
 * lúa" a sickle, not rice), an English name ends with them (name-head.ts: "Tay Ninh shrimp salt" is
 * salt, not shrimp), or with them and a form ("cinnamon quills" is cinnamon).
 */
function namesAsHead(record: IndexRecord, { tokens, phrase, prefix: prefixLast }: Reading): boolean {
  const vietnameseName = record.locale === 'vi' ? record.searchTitle : record.searchAlt
  if (startsNear(vietnameseName, phrase, prefixLast) || startsNear(withoutGivenAs(vietnameseName), phrase, prefixLast)) return true
  if (record.locale === 'vi') return endsPhrase(record.searchAlt, phrase, prefixLast)
  const wanted = wantedHead(tokens) ?? ''
  const isHead = (head: string) => head === wanted || (prefixLast && head.startsWith(tokens.at(-1)!))
  return thingsOf(record).some(isHead) && tokens.every((token, i) => holdsWords(record.searchTitle, token, prefixLast && i === tokens.length - 1))
}

/** The describing phrases (settings/filler-words.ts), folded, longest first, by their first word. */
const GIVEN_AS = new Map<string, string[]>()
for (const phrase of DESCRIBING_PHRASES.map((text) => foldText(text)).sort((a, b) => b.length - a.length)) {
  const first = phrase.split(' ')[0]!
  GIVEN_AS.set(first, [...(GIVEN_AS.get(first) ?? []), phrase])
}

/**
 * A folded Vietnamese name without the describing phrase it starts with: "Hộp quà nước mắm" names
 * fish sauce, given as a gift. (A partial answer asks this of thousands of names: one lookup each.)
 */
function withoutGivenAs(name: string): string {
  const space = name.indexOf(' ')
  const phrases = space < 0 ? undefined : GIVEN_AS.get(name.slice(0, space))
  const phrase = phrases?.find((given) => name.startsWith(`${given} `))
  return phrase ? name.slice(phrase.length + 1) : name
}

/**
 * The English name of a Vietnamese record, folded, has lost the punctuation name-head.ts reads: its
 * head is a word the name ends with, or one a measure or a complement follows ("… honey 350 g glass
 * jar", "… lime pickled in honey"), not one another noun follows ("rice crackers").
 */
function endsPhrase(text: string, phrase: string, prefixLast: boolean): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const end = at === 0 || text.charCodeAt(at - 1) === SPACE ? phraseEnd(text, phrase, at, prefixLast) : -1
    if (end < 0) continue
    if (end === text.length) return true
    const next = end + 1
    const first = text.charCodeAt(next)
    if ((first >= 48 && first <= 57) || COMPLEMENTS.some((word) => wordAt(text, word, next))) return true
  }
  return false
}

const COMPLEMENTS = ['in', 'with', 'of', 'from', 'for', 'and', 'by', 'on']

const SPACE = 32

/** Where the word ends that `phrase`, standing at `at`, ends (within, when `prefix`); -1 when it is not whole there. */
function phraseEnd(text: string, phrase: string, at: number, prefix: boolean): number {
  if (!text.startsWith(phrase, at)) return -1
  const end = at + phrase.length
  if (end === text.length || text.charCodeAt(end) === SPACE) return end
  if (!prefix) return -1
  const space = text.indexOf(' ', end)
  return space < 0 ? text.length : space
}

function wordAt(text: string, word: string, at: number): boolean {
  return phraseEnd(text, word, at, false) >= 0
}

/** A name's words a head may start at: the first, or the second after a word of form ("Bộ ấm chén", "Lu gốm"). */
const HEAD_STARTS = 2

function startsNear(text: string, phrase: string, prefixLast: boolean): boolean {
  let start = 0
  for (let word = 0; word < HEAD_STARTS && start > -1; word += 1) {
    if (phraseEnd(text, phrase, start, prefixLast) >= 0) return true
    const space = text.indexOf(' ', start)
    start = space < 0 ? -1 : space + 1
  }
  return false
}
