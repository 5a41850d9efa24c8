import type { IndexRecord } from '../../build-index-record'
import type { PreparedQuery } from '../../prepare-query'
import { markText } from '../../../text/mark-text'
import { isMarked } from '../../../text/tokenize-text'
import { TEXT_FIELDS } from '../../settings/index-settings'

/**
 * True when the record matches a word the buyer typed with diacritics only after folding them
 * away: it holds "non" but not "nón", "lua" but not "lụa". Such a hit ranks below every
 * accent-exact one, and when it comes first the result says it is a near match. A record that
 * holds the word under no spelling at all matched through a synonym or a typo: not approximate.
 * The title decides when it holds the word ("Mây Ngàn" is not "máy" because its story says "máy").
 */
export function isAccentApproximate(record: IndexRecord, prepared: PreparedQuery): boolean {
  const { words } = prepared
  let titleMarked: string[] | undefined
  let marked: string[] | undefined
  let folded: string[][] | undefined
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!
    if (!isMarked(word)) continue
    const last = i === words.length - 1
    const matches = (token: string, wanted: string) => (last ? token.startsWith(wanted) : token === wanted)
    if (record.searchTitle.split(' ').some((token) => matches(token, word.folded))) {
      titleMarked ??= markText(record.title)
      if (!titleMarked.some((token) => matches(token, word.marked))) return true
      continue
    }
    marked ??= record.marked.split(' ')
    if (marked.some((token) => matches(token, word.marked))) continue
    folded ??= TEXT_FIELDS.map((field) => record[field].split(' '))
    if (folded.some((tokens) => tokens.some((token) => matches(token, word.folded)))) return true
  }
  return false
}
