import type { IndexRecord } from '../../build-index-record'
import { foldText } from '../../../text/fold-text'
import { isFormWord } from '../../find-head-word'

/**
 * The head noun of an English name: what the item is. English puts it last, before any
 * complement ("Ba Be forest honey 500 ml", "Cashew-blossom honey, 350 g glass jar" → honey;
 * "Honey-glazed cashews" → cashews; "Lime pickled in honey" → pickled, not honey). Vietnamese puts
 * it first, which the title-start boost already rewards.
 */
const COMPLEMENT = /\s(in|with|of|from|for|and|by|on)\s|[,(;:–—]|\s-\s/
const TRAILING_MEASURE = /(\s+(\d[\d.,]*|\d+\w*|g|kg|ml|l|cm|mm|m|pcs|x))+$/

const heads = new WeakMap<IndexRecord, string>()
/** One string per distinct head: 95,000 English products have a few hundred heads between them. */
const shared = new Map<string, string>()

/**
 * The head noun of an English record's name, worked out once per record: when it is indexed
 * (index-store.ts) or restored with the snapshot. Left to the first query that asked, a broad English
 * query worked out thousands (0.4 s for one query at 100,000 products).
 */
export function headOf(record: IndexRecord): string {
  let head = heads.get(record)
  if (head === undefined) {
    const word = singular(nameWords(record).at(-1) ?? '')
    head = shared.get(word) ?? word
    shared.set(head, head)
    heads.set(record, head)
  }
  return head
}

/** The words of an English record's name up to its head: before any complement, without a trailing measure. */
function nameWords(record: IndexRecord): string[] {
  const name = foldText(record.title).split(COMPLEMENT)[0]!.replace(TRAILING_MEASURE, '').trim()
  return name.split(/[^a-z0-9]+/)
}

/**
 * What an English record is: its head noun, and when that names a form it is sold in ("Organic
 * cinnamon powder", "Van Yen cinnamon quills") the word before it too: both are cinnamon.
 */
export function thingsOf(record: IndexRecord): readonly string[] {
  const head = headOf(record)
  if (!isFormWord(head)) return [head]
  const before = nameWords(record).at(-2)
  return before ? [head, singular(before)] : [head]
}

/** A head saved with the snapshot, for its restored record. */
export function restoreHead(record: IndexRecord, head: string): void {
  heads.set(record, head)
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
}

/** The head noun an English name must have to be named by the query: its last word, singular. */
export function wantedHead(tokens: readonly string[]): string | undefined {
  return tokens.length === 0 ? undefined : singular(tokens.at(-1)!)
}

/** True when the English name's head noun is the query's last word ("honey" → "… forest honey"). */
export function headMatches(record: IndexRecord, tokens: readonly string[]): boolean {
  if (record.locale !== 'en' || tokens.length === 0) return false
  return headOf(record) === wantedHead(tokens)
}
