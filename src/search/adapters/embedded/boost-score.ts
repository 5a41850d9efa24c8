import type { IndexRecord } from '../../build-index-record'
import type { PreparedQuery } from '../../prepare-query'
import { isMarked } from '../../../text/tokenize-text'
import { TEXT_FIELDS } from '../../settings/index-settings'

/** Up to ×3 for matching every accent the buyer typed ("dế" above "dê"). */
const ACCENT_BOOST = 2
/** Up to ×2 when the query's words stand side by side in the document ("mật ong", not "mật … ong"). */
const PHRASE_BOOST = 1

function isWordStart(text: string, at: number): boolean {
  return at === 0 || text.charCodeAt(at - 1) === 32
}

/** True when `text` (folded, single-spaced) holds `first second` as adjacent words. */
function hasAdjacent(text: string, first: string, second: string, secondIsPrefix: boolean): boolean {
  const needle = `${first} ${second}`
  let from = 0
  for (;;) {
    const at = text.indexOf(needle, from)
    if (at < 0) return false
    const end = at + needle.length
    if (isWordStart(text, at) && (secondIsPrefix || end === text.length || text.charCodeAt(end) === 32)) return true
    from = at + 1
  }
}

function phraseRatio(record: IndexRecord, tokens: readonly string[]): number {
  if (tokens.length < 2) return 0
  let adjacent = 0
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    // In a query of several words the last one is always matched as a prefix (build-query-tree.ts).
    const lastIsPrefix = i + 1 === tokens.length - 1
    if (TEXT_FIELDS.some((field) => hasAdjacent(record[field], tokens[i]!, tokens[i + 1]!, lastIsPrefix))) adjacent += 1
  }
  return adjacent / (tokens.length - 1)
}

function accentRatio(record: IndexRecord, prepared: PreparedQuery): number {
  const typed = prepared.words.map((word, i) => ({ word, last: i === prepared.words.length - 1 })).filter(({ word }) => isMarked(word))
  if (typed.length === 0 || record.marked.length === 0) return 0
  const marked = record.marked.split(' ')
  let score = 0
  for (const { word, last } of typed) {
    if (marked.includes(word.marked)) score += 1
    // Still typing: "mậ" half-counts towards "mật", so an exact "dê" beats "dế" for the query "dê".
    else if (last && marked.some((token) => token.startsWith(word.marked))) score += 0.5
  }
  return score / typed.length
}

/** The most `boostScore` can multiply a score by; lets ranking stop boosting once no hit can catch up. */
export const MAX_BOOST = (1 + ACCENT_BOOST) * (1 + PHRASE_BOOST)

/** Relevance after the engine's own score: accent-exact and adjacent words rank higher. */
export function boostScore(record: IndexRecord, prepared: PreparedQuery, score: number): number {
  return score * (1 + ACCENT_BOOST * accentRatio(record, prepared)) * (1 + PHRASE_BOOST * phraseRatio(record, prepared.tokens))
}
