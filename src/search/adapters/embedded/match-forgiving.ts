import { findFillerWords } from '../../find-filler-words'
import { narrowQuery, wholeTerms } from '../../narrow-query'
import { splitPhraseTerms } from '../../split-phrase-terms'
import { isTheThingNamed } from './is-the-thing-named'
import { catalogueReadingsIn, englishFormsIn, slipsIn } from './catalogue-words'
import type { PreparedQuery } from '../../prepare-query'
import type { Word } from '../../../text/tokenize-text'
import type { AllowedDocs } from './filter-index'
import { approximateWordsStandBeside, isAccentApproximate, isWordApproximate } from './accent-approximate'
import { findMissingAccents } from './find-missing-accents'
import { holdsPhrase } from './holds-phrase'
import { markedWordsOf } from './index-store'
import { withMatches, type Candidates, type SearchRun } from './match-query'
import { withPartialMatches } from './match-partial'
import { holdsIn, namesIn, tooMuchMissing } from './too-much-missing'

export interface ForgivingMatch {
  readonly candidates: Candidates
  /** The query as matched: the words kept. */
  readonly query: PreparedQuery
  /** Words left out, as typed. */
  readonly ignored: readonly Word[]
  /** True when leaving out enough words to find anything would answer another question. */
  readonly refused: boolean
  /**
   * When fewer than FEW_FULL documents hold every word: the documents holding the words a
   * fallback keeps (the full ones among them), to rank after the full ones, as Meilisearch's
   * default strategy lists documents missing a word after those holding all ("mật ong nguyên chất":
   * the beeswax that says all three, then the honey that is not called pure).
   */
  readonly wider?: { readonly candidates: Candidates; readonly query: PreparedQuery }
  /**
   * Words an accent-exact answer left out that its items hold without the buyer's marks ("sàu" for
   * "sầu"): matched near, not ignored, so the answer is a near match that leaves nothing out.
   */
  readonly near?: readonly Word[]
}

/** Fewer documents than this holding every word, and the answer is widened (`ForgivingMatch.wider`). */
const FEW_FULL = 3

const NOTHING: Candidates = { docs: new Int32Array(0) }

/**
 * Match every word; when that finds nothing, leave out the buyer's filler ("mua", "giá sỉ",
 * "wholesale"); when that still finds nothing, leave out the content words the catalogue holds no
 * match for, as long as at most half of them go (may-answer-without.ts). Words typed with
 * diacritics the catalogue never has count as missing from the start: "lụa tơ tằm" finds
 * nothing rather than paddy dryers ("lúa").
 */
export function withForgivingMatches<T>(run: SearchRun, prepared: PreparedQuery, allowed: AllowedDocs | null, use: (match: ForgivingMatch) => T): T {
  type Found = { value: T } | null
  const locale = run.index === 'public_en' ? 'en' : 'vi'
  const known = holdsIn(run)
  const filler = wholeTerms(prepared, findFillerWords(prepared.words))
  const hasContent = filler.some((isFiller) => !isFiller)
  const content = hasContent
    ? narrowQuery(
        prepared,
        filler.map((isFiller) => !isFiller),
      )
    : { query: prepared, left: [] }
  if (
    content.query.markedTokens.length > 0 &&
    tooMuchMissing(
      content.query,
      findMissingAccents(content.query, markedWordsOf(run.store), known, (first, second) => holdsPhrase(run.store.index, first, second)),
      locale,
    )
  ) {
    return use({ candidates: NOTHING, query: content.query, ignored: [], refused: true })
  }
  let approximateOnly = false
  const all = withMatches(run, prepared, allowed, (candidates): Found => {
    if (candidates.docs.length === 0) return null
    if (onlyApproximate(run, candidates, prepared)) {
      approximateOnly = true
      return null
    }
    const full: ForgivingMatch = { candidates, query: prepared, ignored: [], refused: false }
    if (candidates.docs.length >= FEW_FULL) return { value: use(full) }
    const widen = { content, hasContent, fullDocs: candidates.docs }
    return { value: withWider(run, widen, allowed, locale, (wider) => use(wider ? { ...full, wider } : full)) }
  })
  if (all) return all.value
  if (approximateOnly) {
    // An accent-exact answer to most of the query beats a near match to all of it: "kẹo dừa ngon"
    // is coconut candy that may not say "ngon", not the pineapple ("dứa") candy that does.
    const exact = content.query.terms.length < 2 ? null : exactPartial(run, content, allowed, locale, use)
    if (exact) return exact.value
    return withMatches(run, prepared, allowed, (candidates) => {
      const { records } = run.store.index
      const docs = candidates.docs.filter((doc) => approximateWordsStandBeside(records[doc]!, prepared))
      return use({ candidates: { ...candidates, docs }, query: prepared, ignored: [], refused: docs.length === 0 })
    })
  }
  if (hasContent && content.left.length > 0) {
    const withoutFiller = withMatches(run, content.query, allowed, (candidates): Found => {
      if (candidates.docs.length === 0) return null
      const found: ForgivingMatch = { candidates, query: content.query, ignored: content.left, refused: false }
      if (candidates.docs.length >= FEW_FULL) return { value: use(found) }
      return { value: withNextPartial(run, content.query, 'full', candidates.docs, allowed, locale, (wider) => use(wider ? { ...found, wider } : found)) }
    })
    if (withoutFiller) return withoutFiller.value
  }
  // Every word as typed, and no item holds them all: a word the catalogue holds may still be a slip
  // that made another word ("sedge matt" is a sedge mat, though some tile is "matt"). One slip at a
  // time, every other word as typed, and, as an answer that left words out, the thing named: "duong
  // thot lot" (palm sugar, "thốt nốt", mistyped) is no brocade bag ("thổ") whose story says "đường".
  for (const slip of hasContent ? slipsIn(run.store.index, run.index, content.query) : []) {
    const slips = new Set([slip])
    const slipped = withMatches(
      run,
      content.query,
      allowed,
      (found): Found => {
        const candidates = thingNamedIn(run, content.query, locale, found, slips)
        return candidates.docs.length === 0 ? null : { value: use({ candidates, query: content.query, ignored: content.left, refused: false }) }
      },
      slips,
    )
    if (slipped) return slipped.value
  }
  // Phrases are taken apart only when no answer keeps them whole ("coffee beans").
  const forms = locale === 'en' ? englishFormsIn(run.store.index) : undefined
  const parts = splitPhraseTerms(content.query, run.synonyms, forms)
  for (const query of parts ? [content.query, parts] : [content.query]) {
    if (query.terms.length < 2) continue
    const partial = withPartialAnswer(run, query, content.left, allowed, locale, use)
    if (partial) return partial.value
  }
  return use({ candidates: NOTHING, query: content.query, ignored: [], refused: true })
}

/** The candidates of an answer that left words out that are the thing `query` names (is-the-thing-named.ts). */
function thingNamedIn(run: SearchRun, query: PreparedQuery, locale: 'vi' | 'en', candidates: Candidates, slips?: ReadonlySet<string>): Candidates {
  const named = isTheThingNamed(query, locale, catalogueReadingsIn(run.store.index, run.index, slips))
  const { records } = run.store.index
  return { ...candidates, docs: candidates.docs.filter((doc) => named(records[doc]!)) }
}

/** How many sets of kept words are tried before a partial answer gives up. */
const PARTIAL_TRIES = 3

/**
 * The best partial match of `query` whose documents name the thing outside their story
 * (is-the-thing-named.ts), widened when thin; null when none finds anything or it leaves out too much.
 */
function withPartialAnswer<T>(
  run: SearchRun,
  query: PreparedQuery,
  filler: readonly Word[],
  allowed: AllowedDocs | null,
  locale: 'vi' | 'en',
  use: (match: ForgivingMatch) => T,
): { value: T } | null {
  // The best set of kept words decides whether to answer at all; the next ones are tried only when
  // its items name the thing in their story alone.
  const answer = withPartialMatches(
    run,
    query,
    allowed,
    locale,
    (matched, kept): { value: T } | 'refused' | null => {
      const leftOut = wordsOfTerms(query, kept).map((isKept) => !isKept)
      if (matched.docs.length === 0 || tooMuchMissing(query, leftOut, locale, namesIn(run))) return 'refused'
      const partial = narrowQuery(query, kept)
      const candidates = thingNamedIn(run, partial.query, locale, matched)
      if (candidates.docs.length === 0) return null
      const found: ForgivingMatch = { candidates, query: partial.query, ignored: [...filler, ...partial.left], refused: false }
      if (candidates.docs.length >= FEW_FULL) return { value: use(found) }
      // A thin partial match is widened like a thin full one: "mật ong rừng nguyên chất" finds the
      // beeswax that says all of it, then the forest honey that is not called pure.
      return { value: withNextPartial(run, query, [kept], candidates.docs, allowed, locale, (wider) => use(wider ? { ...found, wider } : found)) }
    },
    false,
    null,
    PARTIAL_TRIES,
  )
  return answer === 'refused' ? null : answer
}

/**
 * The documents holding the next best set of terms after those answered (`answered`: every term, or
 * the kept ones of a partial match), when it leaves out few enough words.
 */
function withNextPartial<T>(
  run: SearchRun,
  query: PreparedQuery,
  answered: 'full' | readonly (readonly boolean[])[],
  answeredDocs: Int32Array,
  allowed: AllowedDocs | null,
  locale: 'vi' | 'en',
  use: (wider: ForgivingMatch['wider']) => T,
): T {
  const answer = withPartialMatches(
    run,
    query,
    allowed,
    locale,
    (candidates, next): { value: T } | 'none' | null => {
      const leftOut = wordsOfTerms(query, next).map((isKept) => !isKept)
      if (candidates.docs.length === 0 || tooMuchMissing(query, leftOut, locale, namesIn(run))) return 'none'
      const narrowed = narrowQuery(query, next).query
      // What it widens with left words out too: it must be the thing the query names. When that adds
      // nothing to the answer, the next set of words ("quà nước mắm" holds the same gift box as "quà
      // biếu nước mắm"; "nước mắm" brings the other fish sauce).
      return withMatches(run, narrowed, allowed, (wider) => {
        const named = thingNamedIn(run, narrowed, locale, wider)
        // (Only a thin answer is widened: looking each document up among the few answered is cheap.)
        const adds = named.docs.some((doc) => !answeredDocs.includes(doc))
        return adds ? { value: use({ candidates: named, query: narrowed }) } : null
      })
    },
    false,
    answered,
    PARTIAL_TRIES,
  )
  return answer !== null && answer !== 'none' ? answer.value : use(undefined)
}

/**
 * The documents a thin full match is widened with: those holding the words left when the buyer's
 * filler goes, when that finds more; or else the best partial match of the others (the words nearest
 * the head, as when nothing matches), as long as it leaves out few enough of them. The same steps
 * as the fallback when nothing matches; `use` gets undefined when there is nothing more to show.
 */
function withWider<T>(
  run: SearchRun,
  widen: { readonly content: { readonly query: PreparedQuery; readonly left: readonly Word[] }; readonly hasContent: boolean; readonly fullDocs: Int32Array },
  allowed: AllowedDocs | null,
  locale: 'vi' | 'en',
  use: (wider: ForgivingMatch['wider']) => T,
): T {
  const { content, hasContent, fullDocs } = widen
  if (hasContent && content.left.length > 0) {
    const query = content.query
    const more = withMatches(run, query, allowed, (candidates) => (candidates.docs.length > fullDocs.length ? { value: use({ candidates, query }) } : null))
    if (more) return more.value
  }
  if (content.query.terms.length < 2) return use(undefined)
  return withNextPartial(run, content.query, 'full', fullDocs, allowed, locale, use)
}

/**
 * Few enough candidates to check, and every one holds some marked word only without its marks.
 * With more, some are surely exact, and ranking puts those first anyway.
 */
const APPROXIMATE_CHECK_LIMIT = 64

function onlyApproximate(run: SearchRun, candidates: Candidates, prepared: PreparedQuery): boolean {
  if (prepared.markedTokens.length === 0 || candidates.docs.length > APPROXIMATE_CHECK_LIMIT) return false
  return candidates.docs.every((doc) => isAccentApproximate(run.store.index.records[doc]!, prepared))
}

/** The partial match counting only accent-exact words, when it leaves out few enough of them. */
function exactPartial<T>(
  run: SearchRun,
  content: { readonly query: PreparedQuery; readonly left: readonly Word[] },
  allowed: AllowedDocs | null,
  locale: 'vi' | 'en',
  use: (match: ForgivingMatch) => T,
): { value: T } | null {
  return withPartialMatches(
    run,
    content.query,
    allowed,
    locale,
    (matched, kept) => {
      const leftOut = wordsOfTerms(content.query, kept).map((isKept) => !isKept)
      if (matched.docs.length === 0 || tooMuchMissing(content.query, leftOut, locale, namesIn(run))) return null
      const partial = narrowQuery(content.query, kept)
      // As any answer that left words out, it must be the thing the query names.
      const candidates = thingNamedIn(run, partial.query, locale, matched)
      if (candidates.docs.length === 0) return null
      const { records } = run.store.index
      const isNear = (word: Word) => candidates.docs.some((doc) => isWordApproximate(records[doc]!, word, false))
      const near = partial.left.filter(isNear)
      const ignored = [...content.left, ...partial.left.filter((word) => !near.includes(word))]
      return { value: use({ candidates, query: partial.query, ignored, refused: false, ...(near.length > 0 ? { near } : {}) }) }
    },
    true,
    null,
    PARTIAL_TRIES,
  )
}

/** Per word of the query: the value of the term covering it. */
function wordsOfTerms(query: PreparedQuery, perTerm: readonly boolean[]): boolean[] {
  return query.terms.flatMap((term, i) => term.tokens.map(() => perTerm[i]!))
}
