import { leftOutCounter } from '../../find-filler-words'
import { findHeadWords, findMainHeadWord } from '../../find-head-word'
import { mayAnswerWithout } from '../../may-answer-without'
import type { PreparedQuery } from '../../prepare-query'
import { isMarked, type Word } from '../../../text/tokenize-text'
import type { SearchRun } from './match-query'
import { holdsTerm } from './term-index'

/** Whether the catalogue holds a word, for tooMuchMissing. */
export const holdsIn = (run: SearchRun) => (token: string) => holdsTerm(run.store.index, token)
/** An English word, or a Vietnamese one typed with its marks: unmarked, "mia" may be "mía" or "mài" mistyped. */
const namesOneWord = (word: Word, locale: 'vi' | 'en') => locale === 'en' || isMarked(word)

/**
 * True when leaving out the words marked (per word of `query`) would leave too little to answer.
 * With `holds` (the catalogue's words), a head word the catalogue holds is never left out either:
 * no item holding it with the rest, the thing asked for is another ("nước ép cam" is no "nước",
 * "tea tree oil" no coconut oil); only a head it never holds may be a slip or a word it lacks, and
 * so may a Vietnamese one typed without marks, which folds several words together.
 */
export function tooMuchMissing(query: PreparedQuery, leftOut: readonly boolean[], locale: 'vi' | 'en', holds?: (token: string) => boolean): boolean {
  const count = leftOutCounter(query.words)(leftOut)
  const heads = findHeadWords(query.words, locale)
  const head = heads.some((isHead, i) => isHead && leftOut[i])
  const mainHead = findMainHeadWord(query.words, locale).some((isMain, i) => isMain && leftOut[i])
  if (holds && query.words.some((word, i) => heads[i] && leftOut[i] && namesOneWord(word, locale) && holds(word.folded))) return true
  return count.leftOut > 0 && !mayAnswerWithout(count.content, count.leftOut, head, mainHead)
}
