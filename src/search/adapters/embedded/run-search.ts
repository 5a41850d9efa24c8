import { decodeKeyboard } from '../../../text/decode-keyboard'
import { findTypedWord } from '../../find-typed-word'
import { decodedWordsOf, leavesOutDecoded, typedWordsChanged } from '../../keyboard-reading'
import { prepareQuery } from '../../prepare-query'
import type { ResolvedSearchQuery } from '../../resolve-search-query'
import { toSearchHit } from '../../to-search-hit'
import type { SearchResult } from '../../types'
import { foldText } from '../../../text/fold-text'
import { isMarked, type Word } from '../../../text/tokenize-text'
import { isFillerToken } from '../../find-filler-words'
import { isAccentApproximate, isWordApproximate } from './accent-approximate'
import { correctWordIn, englishFormsIn, joinWordsIn, knownWordIn, splitWordIn } from './catalogue-words'
import { compareByRelevance, compareDocs, type ScoredRecord } from './compare-hits'
import { addFacetCounts, countFacetCodes } from './facet-codes'
import { type AllowedDocs, allowedDocs } from './filter-index'
import { nameRanksOf, rankKeysOf } from './index-store'
import { holdsTerm } from './term-index'
import { withForgivingMatches, type ForgivingMatch } from './match-forgiving'
import { browse, type Candidates, type SearchRun, withMatches } from './match-query'
import { rankTop } from './rank-candidates'
import { selectTop } from './select-top'
import { suggestSpelling } from './suggest-spelling'
import { wordsNoItemHolds } from './words-no-item-holds'

export type { SearchRun } from './match-query'

/** Fewer hits than this and the engine offers a spelling from the catalogue's own words. */
const FEW_HITS = 3

interface Reading {
  readonly result: SearchResult
  /** Words left out to find anything; Infinity when it found nothing at all. */
  readonly leftOut: number
  /** The words left out. */
  readonly ignored: readonly Word[]
}

/** One reading of the query (as typed, or decoded from Telex/VNI): match, filter, rank, count facets, cut the page. */
function searchReading(run: SearchRun, resolved: ResolvedSearchQuery, q: string, started: number): Reading {
  const { index } = run.store
  const prepared = prepareQuery(q, run.synonyms, {
    splitWord: splitWordIn(index, run.synonyms),
    correctWord: correctWordIn(index, run.synonyms, run.index),
    wordForms: run.index === 'public_en' ? englishFormsIn(index) : undefined,
    joinWords: joinWordsIn(index),
  })
  const allowed = allowedDocs(run.store.filters, index.records, resolved.filters, run.scope)
  const from = (resolved.page - 1) * resolved.hitsPerPage
  const pageEnd = from + resolved.hitsPerPage
  const { records } = index

  /** The first `k` of `docs` in the page's order, scored against `query`. */
  const order = (docs: Int32Array, scores: ArrayLike<number> | undefined, query: typeof prepared, k: number): ScoredRecord[] => {
    if (docs.length === 0 || k <= 0) return []
    if (scores !== undefined && resolved.sort === 'relevance') return rankTop(docs, scores, records, query, k, compareByRelevance, rankKeysOf(run.store))
    const compare = compareDocs(resolved.sort, query.tokens.length > 0, run.target === 'enquiries', records, nameRanksOf(run.store))
    return selectTop(docs, compare, k).map((doc): ScoredRecord => ({ record: records[doc]!, score: 0 }))
  }
  const facetsOf = (docs: Int32Array) => countFacetCodes(run.store.facets, run.store.codes, docs, resolved.facets)

  const answer = ({ docs, scores }: Candidates, match?: ForgivingMatch): Reading => {
    const query = match?.query ?? prepared
    const withScore = scores !== undefined && resolved.sort === 'relevance'
    // A thin full match, widened: the documents missing a word come after every full one.
    const wider = match?.wider
    // (Only a thin answer is widened, so looking each document up among the few found is cheap.)
    const rest = wider ? wider.candidates.docs.filter((doc) => !docs.includes(doc)) : new Int32Array(0)
    const full = order(docs, scores, query, pageEnd)
    const ordered = wider && full.length < pageEnd ? [...full, ...order(rest, wider.candidates.scores, wider.query, pageEnd - full.length)] : full
    const totalHits = docs.length + rest.length
    // Only what no listed item holds is missing from the page (words-no-item-holds.ts).
    const missing = match ? wordsNoItemHolds(match.ignored, records, docs, rest) : []
    const first = ordered[0]?.record
    // Accent-approximate hits rank below every accent-exact one: a first one means all are.
    const approximate =
      withScore &&
      first !== undefined &&
      ((query.markedTokens.length > 0 && isAccentApproximate(first, query)) || (match?.near ?? []).some((word) => isWordApproximate(first, word, false)))
    const known = knownWordIn(index)
    const unsure =
      match !== undefined &&
      (docs.length < FEW_HITS || match.ignored.length > 0 || query.tokens.some((token, i) => !known(token, i === query.tokens.length - 1)))
    const suggestion = unsure ? leadingSuggestion(run, allowed, suggestSpelling(index, run.index, prepared, known)) : undefined
    const result: SearchResult = {
      hits: ordered.slice(from).map(({ record, score }) => toSearchHit(record, query.tokens, withScore ? score : undefined)),
      facets: resolved.facets.length === 0 ? {} : rest.length === 0 ? facetsOf(docs) : addFacetCounts(facetsOf(docs), facetsOf(rest)),
      totalHits,
      page: resolved.page,
      hitsPerPage: resolved.hitsPerPage,
      tookMs: performance.now() - started,
      ...(missing.length > 0 && docs.length > 0 ? { ignoredWords: missing.map((word) => findTypedWord(q, word)) } : {}),
      ...(approximate ? { approximate: true } : {}),
      ...(suggestion && suggestion !== prepared.tokens.join(' ') ? { suggestion } : {}),
    }
    return { result, leftOut: docs.length === 0 ? Number.POSITIVE_INFINITY : (match?.ignored.length ?? 0), ignored: match?.ignored ?? [] }
  }
  if (prepared.tokens.length === 0) return answer(browse(run, allowed))
  return withForgivingMatches(run, prepared, allowed, (match) => answer(match.candidates, match))
}

/** `suggestion`, when searching it finds something: "Did you mean" must lead somewhere ("olive oil" is not "alive oil"). */
function leadingSuggestion(run: SearchRun, allowed: AllowedDocs | null, suggestion: string | undefined): string | undefined {
  if (suggestion === undefined) return undefined
  const finds = withMatches(run, prepareQuery(suggestion, run.synonyms), allowed, (candidates) => candidates.docs.length > 0)
  return finds ? suggestion : undefined
}

/**
 * One search on one embedded index. A query that looks like Telex or VNI typed with the Vietnamese
 * keyboard off is read both ways; the decoded reading wins when it leaves fewer words out, none of
 * them a word it decoded, and the result says how it was read. `resolved` comes checked from the port (create-embedded-search.ts).
 */
export function runSearch(run: SearchRun, resolved: ResolvedSearchQuery): SearchResult {
  const started = performance.now()
  const result = readQuery(run, resolved, started)
  return respelled(run, resolved, result, started) ?? result
}

function readQuery(run: SearchRun, resolved: ResolvedSearchQuery, started: number): SearchResult {
  const typed = searchReading(run, resolved, resolved.q, started)
  const decoded = decodeKeyboard(resolved.q)
  if (decoded === null || typedAsWords(run, resolved.q, decoded)) return typed.result
  const other = searchReading(run, resolved, decoded, started)
  if (other.leftOut >= typed.leftOut || leavesOutDecoded(decodedWordsOf(resolved.q, decoded), other.ignored)) return typed.result
  return { ...other.result, readAs: decoded, tookMs: performance.now() - started }
}

/**
 * True when every word a Telex/VNI reading would change is, as typed, a word the catalogue holds
 * (in English, in either number): plain words, not letters typed with the keyboard off. "tea tree
 * oil" is no "tea trê oil", whose "trê" (a catfish) only "Bến Tre" would answer. On the English
 * showroom one changed word is taken as English too unless it has what English words do not (digits,
 * "aa", "dd", "w"): "beer" is no "bể", while "maatj ong" is still "mật ong".
 */
const TELEX_ONLY = /\d|aa|dd|w/

function typedAsWords(run: SearchRun, typed: string, decoded: string): boolean {
  const { index } = run.store
  const english = run.index === 'public_en'
  const forms = english ? englishFormsIn(index) : () => []
  const known = (word: Word) => holdsTerm(index, word.folded) || forms(word.folded).length > 0
  const changed = typedWordsChanged(typed, decoded)
  if (english && changed.length === 1 && !TELEX_ONLY.test(changed[0]!.folded)) return true
  return changed.length > 0 && changed.every(known)
}

/**
 * A query that found nothing, searched as its "did you mean" spelling instead, when that is a slip
 * mended beside words the buyer typed right: "cashew milc" is cashew milk, "longan tee" longan tea,
 * a changed letter that matching does not forgive in a short word. Only words typed without marks
 * are mended; some word of the thing stays as typed; the spelling must find items leaving nothing
 * out, the first of them named with every mended word. A lone word ("sofa") is never respelled:
 * nothing beside it says the mended word is meant ("soft").
 */
function respelled(run: SearchRun, resolved: ResolvedSearchQuery, result: SearchResult, started: number): SearchResult | undefined {
  const { suggestion } = result
  if (result.totalHits > 0 || suggestion === undefined || result.readAs !== undefined) return undefined
  const words = prepareQuery(resolved.q, run.synonyms).words
  const spelled = suggestion.split(' ')
  if (words.length < 2 || spelled.length !== words.length) return undefined
  const mended = words.map((word, i) => word.folded !== spelled[i])
  if (words.some((word, i) => mended[i] && isMarked(word))) return undefined
  if (!words.some((word, i) => !mended[i] && !isFillerToken(word.folded))) return undefined
  // The words kept as the buyer typed them, marks and all ("lúa iao cấp" is "lúa cao cấp").
  const query = words.map((word, i) => (mended[i] ? spelled[i] : findTypedWord(resolved.q, word))).join(' ')
  const first = searchReading(run, { ...resolved, page: 1, hitsPerPage: 1 }, query, started)
  const title = first.result.hits[0] && foldText(first.result.hits[0].title).split(/\s+/)
  if (first.leftOut !== 0 || first.result.approximate || !title || !spelled.every((word, i) => !mended[i] || title.includes(word))) return undefined
  const answer = searchReading(run, resolved, query, started).result
  return { ...answer, respelledAs: query, suggestion: undefined, tookMs: performance.now() - started }
}
