import type { IndexRecord } from '../../build-index-record'
import type { PreparedQuery } from '../../prepare-query'
import { markText } from '../../../text/mark-text'
import { isMarked } from '../../../text/tokenize-text'
import { TEXT_FIELDS } from '../../settings/index-settings'
import { isAccentApproximate } from './accent-approximate'
import { headMatches, wantedHead } from './name-head'
import { type RankKeys, titleStartKey, titleStartMask } from './rank-keys'

/** Up to ×5 for matching every accent the buyer typed ("dế" above "dê"): a false friend with other accents must not outrank it. */
const ACCENT_BOOST = 4
/**
 * Up to ×4 when the query's words stand side by side in the document ("long an", not "Long Hải … an"),
 * as Meilisearch's proximity rule ranks before attribute weights.
 */
const PHRASE_BOOST = 3
/**
 * ×1.5 when the title begins with the query ("mật ong" → "Mật ong rừng…" above "Chanh đào ngâm mật
 * ong"), as Meilisearch's attribute rule prefers matches early in the most important attribute.
 */
const LEADING_BOOST = 0.5
/**
 * ×3 when the name is what the buyer asked for: the whole name is the query, or (English) its head
 * noun is the query's last word ("honey" → "Ba Be forest honey" above "Honey-glazed cashews").
 */
const NAME_BOOST = 2
/** A hit matching only after folding away the buyer's accents ranks below every accent-exact one. */
const APPROXIMATE_FACTOR = 1e-4

/** True when the record is named by the query: the whole folded title, or the English head noun. */
/** `joined`: the query's tokens joined by spaces (joinedTokens), passed in so hot loops work it out once. */
function namedBy(record: IndexRecord, joined: string, tokens: readonly string[]): boolean {
  return record.searchTitle === joined || headMatches(record, tokens)
}

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
  const titleFolded = record.searchTitle.split(' ')
  let titleMarked: string[] | undefined
  let score = 0
  for (const { word, last } of typed) {
    const matches = (token: string, wanted: string) => (last ? token.startsWith(wanted) : token === wanted)
    // The title is what the buyer sees and weighs most: when the word matched there, its accents
    // decide, whatever the body says ("Mây Ngàn" is not a hit for "máy" because its story mentions one).
    const bag = titleFolded.some((token) => matches(token, word.folded)) ? (titleMarked ??= markText(record.title)) : marked
    if (bag.includes(word.marked)) score += 1
    // Still typing: "mậ" half-counts towards "mật", so an exact "dê" beats "dế" for the query "dê".
    else if (last && bag.some((token) => token.startsWith(word.marked))) score += 0.5
  }
  return score / typed.length
}

const joined = new WeakMap<PreparedQuery, string>()
/** The query's folded words joined by spaces, computed once per query (it is asked per candidate). */
function joinedTokens(prepared: PreparedQuery): string {
  let text = joined.get(prepared)
  if (text === undefined) {
    text = prepared.tokens.join(' ')
    joined.set(prepared, text)
  }
  return text
}

/** True when the folded title starts with the query's folded words (the last one as typed so far). */
function foldedTitleLeads(record: IndexRecord, joined: string, tokens: readonly string[]): boolean {
  return tokens.length > 0 && record.searchTitle.startsWith(joined)
}

/**
 * True when the title starts with the query's words, the last one as typed so far. Words typed
 * with diacritics must match with them ("kẹo dứa" leads "Kẹo dứa mềm", not "Kẹo dừa lá dứa").
 */
function leadsTitle(record: IndexRecord, prepared: PreparedQuery): boolean {
  const { words } = prepared
  // The folded check is needed in any case, and cheap: most titles stop here.
  if (!foldedTitleLeads(record, joinedTokens(prepared), prepared.tokens)) return false
  if (!words.some(isMarked)) return true
  const folded = record.searchTitle.split(' ')
  const marked = markText(record.title)
  return words.every((word, i) => {
    const have = isMarked(word) ? marked[i] : folded[i]
    const wanted = isMarked(word) ? word.marked : word.folded
    if (have === undefined) return false
    return i === words.length - 1 ? have.startsWith(wanted) : have === wanted
  })
}

/**
 * The most `boostScore` can multiply a score by for this query: no accent boost without a word
 * typed with diacritics, no phrase boost for a single word. A tighter bound lets ranking stop sooner.
 */
export function maxBoostFor(prepared: PreparedQuery): number {
  return boostWithoutLeading(prepared) * (1 + LEADING_BOOST) * (1 + NAME_BOOST)
}

function boostWithoutLeading(prepared: PreparedQuery): number {
  const accent = prepared.words.some(isMarked) ? 1 + ACCENT_BOOST : 1
  const phrase = prepared.tokens.length >= 2 ? 1 + PHRASE_BOOST : 1
  return accent * phrase
}

/**
 * The most `boostScore` can multiply a document's score by, found cheaply: the title-start boost only
 * where the folded title starts with the query, the name boost only where the name is the query.
 * Most titles are neither, so ranking can skip the costly accent and phrase checks for far more
 * of the candidates than with `maxBoostFor`. Broad queries ask this of tens of thousands of
 * candidates, so what depends only on the query is worked out once, and the per-document keys
 * (rank-keys.ts) rule out most titles without reading the record; the name check is skipped where
 * even the name boost could not lift `score` to `floor`. Returns 0 for those, else score × ceiling × slack.
 */
export function ceilingCheck(
  prepared: PreparedQuery,
  slack: number,
  records: readonly (IndexRecord | undefined)[],
  keys: RankKeys,
): (doc: number, score: number, floor: number) => number {
  const base = boostWithoutLeading(prepared)
  const joined = joinedTokens(prepared)
  const { tokens } = prepared
  const mask = titleStartMask(joined.length)
  const start = titleStartKey(joined) & mask
  const wanted = wantedHead(tokens)
  const head = wanted === undefined ? -2 : (keys.headNumbers.get(wanted) ?? -2)
  const { titleStarts, heads } = keys
  return (doc, score, floor) => {
    const leads = (titleStarts[doc]! & mask) >>> 0 === start && foldedTitleLeads(records[doc]!, joined, tokens)
    const leading = base * (leads ? 1 + LEADING_BOOST : 1)
    // The same products in the same order either way, so a named record's bound is its very ceiling.
    if (score * (leading * (1 + NAME_BOOST)) * slack < floor) return 0
    // A title that is the query starts with it.
    const named = heads[doc] === head || (leads && records[doc]!.searchTitle === joined)
    return score * (leading * (named ? 1 + NAME_BOOST : 1)) * slack
  }
}

/** Relevance after the engine's own score: accent-exact, adjacent words and a title that begins with the query rank higher. */
export function boostScore(record: IndexRecord, prepared: PreparedQuery, score: number): number {
  const leading = leadsTitle(record, prepared) ? 1 + LEADING_BOOST : 1
  const named = namedBy(record, joinedTokens(prepared), prepared.tokens) ? 1 + NAME_BOOST : 1
  const approximate = prepared.markedTokens.length > 0 && isAccentApproximate(record, prepared) ? APPROXIMATE_FACTOR : 1
  return score * (1 + ACCENT_BOOST * accentRatio(record, prepared)) * (1 + PHRASE_BOOST * phraseRatio(record, prepared.tokens)) * leading * named * approximate
}
