import type { IndexRecord } from '../../build-index-record'
import type { PreparedQuery } from '../../prepare-query'
import { markText } from '../../../text/mark-text'
import { isMarked, type Word } from '../../../text/tokenize-text'
import { TEXT_FIELDS } from '../../settings/index-settings'
import { holdsWords } from './phrase-check'

/** A record's token lists, split once per record however many words are checked against them. */
interface RecordTokens {
  title?: string[]
  titleMarked?: string[]
  marked?: string[]
  folded?: string[][]
}

/**
 * True when the record holds `word`, typed with diacritics, only after folding them away: it holds
 * "non" but not "nón", "lua" but not "lụa". A record that holds the word under no spelling at all
 * matched through a synonym or a typo: not approximate. The title decides when it holds the word
 * ("Mây Ngàn" is not "máy" because its story says "máy"). `last` lets the word be a prefix.
 */
export function isWordApproximate(record: IndexRecord, word: Word, last: boolean, tokens: RecordTokens = {}, spellings: readonly string[] = []): boolean {
  if (!isMarked(word)) return false
  const matches = (token: string, wanted: string) => (last ? token.startsWith(wanted) : token === wanted)
  // The word as typed, or another spelling a synonym group gives it ("dĩa" for "đĩa").
  const exact = (token: string) => matches(token, word.marked) || spellings.some((spelling) => matches(token, spelling))
  tokens.title ??= record.searchTitle.split(' ')
  if (tokens.title.some((token) => matches(token, word.folded))) {
    tokens.titleMarked ??= markText(record.title)
    return !tokens.titleMarked.some(exact)
  }
  tokens.marked ??= record.marked.split(' ')
  if (tokens.marked.some(exact)) return false
  tokens.folded ??= TEXT_FIELDS.map((field) => record[field].split(' '))
  return tokens.folded.some((list) => list.some((token) => matches(token, word.folded)))
}

/**
 * True when the record matches some word the buyer typed with diacritics only after folding them
 * away. Such a hit ranks below every accent-exact one, and when it comes first the result says it
 * is a near match.
 */
export function isAccentApproximate(record: IndexRecord, prepared: PreparedQuery): boolean {
  const { words } = prepared
  const tokens: RecordTokens = {}
  const spellings = spellingsOfWords(prepared)
  return words.some((word, i) => isWordApproximate(record, word, i === words.length - 1, tokens, spellings[i]))
}

/** Worked out once per query: ranking asks for every candidate. */
const SPELLINGS = new WeakMap<PreparedQuery, (readonly string[])[]>()
const NO_SPELLINGS: (readonly string[])[] = []

/** Per query word: the other spellings with marks its synonym group lists for it (ExpandedTerm.spellings). */
export function spellingsOfWords(prepared: PreparedQuery): (readonly string[])[] {
  // Almost no query has any: no lookup for those.
  if (!prepared.terms.some((term) => term.spellings)) return NO_SPELLINGS
  let spellings = SPELLINGS.get(prepared)
  if (!spellings) {
    spellings = prepared.terms.flatMap((term) => term.tokens.map((_, i) => (term.spellings ?? []).map((spelling) => spelling[i]!).filter(Boolean)))
    SPELLINGS.set(prepared, spellings)
  }
  return spellings
}

/**
 * True when every word the record holds only without the buyer's marks stands right beside a word
 * typed next to it, in that order, in one field of the record. A near match of a phrase holds the
 * phrase: "mật óng" is the "mật ong" of a honey's name, but "máy lạnh" (an air conditioner) is not
 * a producer whose story says "máy" and whose name ends "Bảy Lành", nor "điều hòa" the honey of
 * "hoa điều". A query of one word has no neighbour to stand beside.
 */
export function approximateWordsStandBeside(record: IndexRecord, prepared: PreparedQuery): boolean {
  const { words } = prepared
  if (words.length < 2) return true
  const tokens: RecordTokens = {}
  const spellings = spellingsOfWords(prepared)
  const last = words.length - 1
  return words.every((word, i) => {
    if (!isWordApproximate(record, word, i === last, tokens, spellings[i])) return true
    const beside = (first: number) => {
      if (first < 0 || first + 1 > last) return false
      const pair = `${words[first]!.folded} ${words[first + 1]!.folded}`
      return TEXT_FIELDS.some((field) => holdsWords(record[field], pair, first + 1 === last))
    }
    return beside(i - 1) || beside(i)
  })
}
