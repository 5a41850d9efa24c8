import type { IndexRecord } from '../../build-index-record'
import type { Word } from '../../../text/tokenize-text'
import { isMarked } from '../../../text/tokenize-text'
import { TEXT_FIELDS } from '../../settings/index-settings'
import { holdsWords } from './phrase-check'

/** Above this many items, the words left out are said as they are: reading every item costs too much. */
const CHECK_LIMIT = 200

/**
 * Of the words an answer left out, those no item of it holds (a word typed with marks, with them):
 * the page says "no result contains …" only of these. Filler goes before anything else is tried, and
 * a widened answer adds items holding other words: "nước mắm 40 độ đạm loại thượng hạng" lists a
 * 43° fish sauce whose story says "thượng hạng", "quà biếu tết nước mắm" a jar that says "Tết".
 */
export function wordsNoItemHolds(left: readonly Word[], records: readonly (IndexRecord | undefined)[], ...docLists: readonly Int32Array[]): readonly Word[] {
  const count = docLists.reduce((sum, docs) => sum + docs.length, 0)
  if (left.length === 0 || count > CHECK_LIMIT) return left
  const items = docLists.flatMap((docs) => Array.from(docs, (doc) => records[doc])).filter((record): record is IndexRecord => record !== undefined)
  const holds = (record: IndexRecord, word: Word) =>
    isMarked(word) ? holdsWords(record.marked, word.marked) : TEXT_FIELDS.some((field) => holdsWords(record[field], word.folded))
  return left.filter((word) => !items.some((record) => holds(record, word)))
}
