import { leftOutCounter } from '../../find-filler-words'
import { findHeadWords, findMainHeadWord } from '../../find-head-word'
import { mayAnswerWithout } from '../../may-answer-without'
import type { PreparedQuery } from '../../prepare-query'
import { isMarked, type Word } from '../../../text/tokenize-text'
import type { SearchRun } from './match-query'
import { markText } from '../../../text/mark-text'
import { TEXT_FIELDS } from '../../settings/index-settings'
import { holdsTerm, type TermIndex } from './term-index'

/** Whether the catalogue holds a word anywhere. */
export const holdsIn = (run: SearchRun) => (token: string) => holdsTerm(run.store.index, token)
/**
 * Whether some item's name holds a word, with its marks when typed with them, for tooMuchMissing:
 * a word only stories say ("dưỡng" of "dưỡng da", folded like "đường") names no kind of thing the
 * catalogue has, so "trà dưỡng nhan long nhãn" may still find the longan tea; "ép" of "Dầu dừa ép
 * lạnh" does ("nước ép cam" is no "nước").
 */
export const namesIn = (run: SearchRun) => (word: Word) => namesWord(run.store.index, word)

const TITLE_FIELD = TEXT_FIELDS.indexOf('searchTitle')

function namesWord(index: TermIndex, word: Word): boolean {
  const titles = index.vocabulary.get(word.folded)?.[TITLE_FIELD]
  if (!titles || titles.live === 0) return false
  if (!isMarked(word)) return true
  // Only when a head word had to go: reading the names that hold it folded is cheap enough.
  for (let i = 0; i < titles.count; i += 1) {
    const record = index.records[titles.docs[i]!]
    if (record && markText(record.title).includes(word.marked)) return true
  }
  return false
}

/** An English word, or a Vietnamese one typed with its marks: unmarked, "mia" may be "mía" or "mài" mistyped. */
const namesOneWord = (word: Word, locale: 'vi' | 'en') => locale === 'en' || isMarked(word)

/**
 * True when leaving out the words marked (per word of `query`) would leave too little to answer.
 * With `names` (namesIn), a head word some item is named with is never left out either: no item
 * holding it with the rest, the thing asked for is another ("nước ép cam" is no "nước",
 * "tea tree oil" no coconut oil); only a head it never holds may be a slip or a word it lacks, and
 * so may a Vietnamese one typed without marks, which folds several words together.
 */
export function tooMuchMissing(query: PreparedQuery, leftOut: readonly boolean[], locale: 'vi' | 'en', names?: (word: Word) => boolean): boolean {
  const count = leftOutCounter(query.words)(leftOut)
  const heads = findHeadWords(query.words, locale)
  const head = heads.some((isHead, i) => isHead && leftOut[i])
  const mainHead = findMainHeadWord(query.words, locale).some((isMain, i) => isMain && leftOut[i])
  if (names && query.words.some((word, i) => heads[i] && leftOut[i] && namesOneWord(word, locale) && names(word))) return true
  return count.leftOut > 0 && !mayAnswerWithout(count.content, count.leftOut, head, mainHead)
}
