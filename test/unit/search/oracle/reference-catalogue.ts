import type { IndexRecord } from '../../../../src/search/build-index-record'
import { isFillerPart, isFillerToken } from '../../../../src/search/find-filler-words'
import { type PreparedQuery, prepareQuery, type WordReaders } from '../../../../src/search/prepare-query'
import type { IndexName } from '../../../../src/search/settings/index-names'
import { TEXT_FIELDS, TYPO_TOLERANCE } from '../../../../src/search/settings/index-settings'
import { englishWordForms } from '../../../../src/text/english-word-forms'
import { splitJoinedWord } from '../../../../src/text/split-joined-word'
import type { SynonymTable } from '../../../../src/text/synonyms'
import { isMarked } from '../../../../src/text/tokenize-text'

/**
 * The reference's reading of a catalogue (oracle/reference-search.ts): each live record's words
 * counted per field, scanned once, and the engine's readers of query words restated over the plain
 * word set. Nothing here is an index: every query scans the records again.
 */

/** MiniSearch's weights for prefix and typo-tolerant expansions, and the engine's for a slip that is not a dropped letter. */
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45
const OTHER_TYPO_WEIGHT = 0.5
/** Words shorter than this are never taken apart as two typed without a space. */
const MIN_JOINED_LENGTH = 5

/** One record as the oracle reads it: per text field (TEXT_FIELDS order), its words' counts and its length. */
export interface ScannedRecord {
  readonly record: IndexRecord
  readonly counts: readonly ReadonlyMap<string, number>[]
  readonly lengths: readonly number[]
}

/** The live records of one index, scanned once; everything else is scanned again per query. */
export interface ReferenceCatalogue {
  readonly index: IndexName
  readonly records: readonly ScannedRecord[]
  /** Every word the records hold, in any text field. */
  readonly words: ReadonlySet<string>
  /** Every accent-exact word the records hold. */
  readonly markedWords: ReadonlySet<string>
  readonly totalLengths: readonly number[]
  /** Records holding `word` in field number `field` (memoized scan). */
  readonly documentFrequency: (word: string, field: number) => number
}

export function splitField(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0)
}

export function scanCatalogue(index: IndexName, records: readonly IndexRecord[]): ReferenceCatalogue {
  const scanned = records.map((record): ScannedRecord => {
    const fields = TEXT_FIELDS.map((field) => splitField(record[field]))
    const counts = fields.map((words) => {
      const count = new Map<string, number>()
      for (const word of words) count.set(word, (count.get(word) ?? 0) + 1)
      return count
    })
    return { record, counts, lengths: fields.map((words) => words.length) }
  })
  const words = new Set(scanned.flatMap(({ counts }) => counts.flatMap((count) => [...count.keys()])))
  const markedWords = new Set(records.flatMap((record) => splitField(record.marked)))
  const totalLengths = TEXT_FIELDS.map((_, field) => scanned.reduce((sum, { lengths }) => sum + lengths[field]!, 0))
  const frequencies = new Map<string, number>()
  const documentFrequency = (word: string, field: number): number => {
    const key = `${field} ${word}`
    let frequency = frequencies.get(key)
    if (frequency === undefined) {
      frequency = scanned.filter(({ counts }) => counts[field]!.has(word)).length
      frequencies.set(key, frequency)
    }
    return frequency
  }
  return { index, records: scanned, words, markedWords, totalLengths, documentFrequency }
}

/** Levenshtein distance; with `swaps`, a swapped neighbouring pair counts as one edit (optimal string alignment). */
export function editDistance(a: string, b: string, swaps = false): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i]!
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1)
    }
  }
  return rows[a.length]![b.length]!
}

export function holdsInOrder(short: string, long: string): boolean {
  let at = 0
  for (const char of long) if (char === short[at]) at += 1
  return at >= short.length
}

/** The word with one pair of different neighbouring letters swapped, every way. */
export function swapsOf(token: string): string[] {
  const swapped: string[] = []
  for (let i = 0; i + 1 < token.length; i += 1) if (token[i] !== token[i + 1]) swapped.push(token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2))
  return swapped
}

/** Typos forgiven in a folded word: by length, none in words with digits, none where typos are off. */
export function typoBudget(token: string, index: IndexName): number {
  const { enabled, oneTypo, twoTypos } = TYPO_TOLERANCE[index]
  if (!enabled || /\d/.test(token)) return 0
  return token.length >= twoTypos ? 2 : token.length >= oneTypo ? 1 : 0
}

/**
 * In a word shorter than five letters a typo is a letter left out, one typed twice, or two swapped,
 * never one changed or one added that doubles none: `other` (within the budget of `typed`) counts as
 * its typo when it is longer, or when taking out one letter of a doubled pair of `typed` gives it.
 */
export function isShortTypo(typed: string, other: string): boolean {
  if (typed.length >= 5 || other.length > typed.length) return true
  return [...typed].some((letter, i) => letter === typed[i + 1] && typed.slice(0, i) + typed.slice(i + 1) === other)
}

/** An English word of three letters the catalogue lacks matches with two neighbouring letters swapped. */
export function swapsOnly(token: string, index: IndexName): boolean {
  return index === 'public_en' && token.length === 3 && !/\d/.test(token)
}

/** Whether the catalogue holds the word, or (as a prefix) some word starting with it. */
export function holds(catalogue: ReferenceCatalogue, token: string, prefix: boolean): boolean {
  return catalogue.words.has(token) || (prefix && [...catalogue.words].some((word) => word.startsWith(token)))
}

/**
 * The engine's readers of query words (split, mend, English word forms), restated over the plain
 * word set, so prepareQuery reads the query exactly as the engine does.
 */
function wordReaders(catalogue: ReferenceCatalogue, synonyms: SynonymTable): WordReaders {
  const { words, index } = catalogue
  return {
    splitWord: (word, last) => {
      const { folded } = word
      if (folded.length < MIN_JOINED_LENGTH || /\d/.test(folded) || holds(catalogue, folded, last) || synonyms.byPhrase.has(folded)) return null
      return splitJoinedWord(folded, (piece) => words.has(piece))
    },
    correctWord: (word, last) => {
      const { folded } = word
      const budget = typoBudget(folded, index)
      // Never a word typed with diacritics, nor a word of a filler phrase.
      if (budget === 0 || isMarked(word) || isFillerPart(folded) || holds(catalogue, folded, last) || synonyms.words.has(folded)) return null
      if (
        [...words].some((other) => editDistance(folded, other) <= budget && isShortTypo(folded, other)) ||
        swapsOf(folded).some((swapped) => words.has(swapped))
      )
        return null
      const closest = [...synonyms.words]
        .filter((other) => isShortTypo(folded, other) || swapsOf(folded).includes(other))
        .map((other) => ({ other, distance: editDistance(folded, other, true) }))
        .filter(({ distance }) => distance <= budget)
        .sort((a, b) => a.distance - b.distance || (a.other < b.other ? -1 : 1))
      return closest[0]?.other ?? null
    },
    wordForms: index === 'public_en' ? (token) => englishWordForms(token).filter((form) => words.has(form)) : undefined,
    joinWords: (first, second) => {
      const joined = first + second
      const plain = !/\d/.test(joined) && !isFillerToken(first) && !isFillerToken(second)
      return plain && joined.length >= MIN_JOINED_LENGTH && words.has(joined) ? joined : null
    },
  }
}

export function prepareReferenceQuery(catalogue: ReferenceCatalogue, synonyms: SynonymTable, q: string): PreparedQuery {
  return prepareQuery(q, synonyms, wordReaders(catalogue, synonyms))
}

/** How a catalogue word is reached: the weight it counts with, and whether through a typo (not looked for in stories). */
export interface Reach {
  readonly weight: number
  readonly typo?: true
}

/** The catalogue words one query word reaches. */
export function reachedWords(
  catalogue: ReferenceCatalogue,
  token: string,
  prefix: boolean,
  typos: number,
  boost: number,
  swaps = false,
): ReadonlyMap<string, Reach> {
  const reached = new Map<string, Reach>()
  if (catalogue.words.has(token)) reached.set(token, { weight: boost })
  if (prefix) {
    for (const word of catalogue.words) {
      if (word !== token && word.startsWith(token))
        reached.set(word, { weight: (boost * PREFIX_WEIGHT * word.length) / (word.length + 0.3 * (word.length - token.length)) })
    }
  }
  if (typos > 0) {
    for (const word of catalogue.words) {
      if (reached.has(word)) continue
      const edits = editDistance(token, word)
      if (edits === 0 || edits > typos || !isShortTypo(token, word)) continue
      const slip = holdsInOrder(token, word) ? 1 : OTHER_TYPO_WEIGHT
      reached.set(word, { weight: (slip * boost * FUZZY_WEIGHT * word.length) / (word.length + edits), typo: true })
    }
  }
  if (typos > 0 || swaps) {
    for (const swapped of swapsOf(token)) {
      if (catalogue.words.has(swapped) && !reached.has(swapped))
        reached.set(swapped, { weight: (boost * FUZZY_WEIGHT * swapped.length) / (swapped.length + 1), typo: true })
    }
  }
  return reached
}
