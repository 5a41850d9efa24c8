import { boostScore } from '../../../../src/search/adapters/embedded/boost-score'
import { type IndexRecord, toFilterKey } from '../../../../src/search/build-index-record'
import { findFillerWords, isFillerToken } from '../../../../src/search/find-filler-words'
import type { PreparedQuery } from '../../../../src/search/prepare-query'
import type { ResolvedSearchQuery } from '../../../../src/search/resolve-search-query'
import { FIELD_BOOSTS, MIN_PREFIX_LENGTH, TEXT_FIELDS } from '../../../../src/search/settings/index-settings'
import type { FacetName, SearchFilters } from '../../../../src/search/types'
import type { SynonymTable } from '../../../../src/text/synonyms'
import { isMarked, tokenizeText } from '../../../../src/text/tokenize-text'
import { outOfScopeReason } from './out-of-scope'
import {
  holds,
  prepareReferenceQuery,
  type Reach,
  reachedWords,
  type ReferenceCatalogue,
  type ScannedRecord,
  swapsOnly,
  typoBudget,
} from './reference-catalogue'

export { prepareReferenceQuery, type ReferenceCatalogue, scanCatalogue } from './reference-catalogue'

/**
 * The embedded engine's answer to a query that matches every word, worked out the plainest way:
 * every record's text is scanned for every query, with no inverted index, no pooled arrays, no
 * lookups restricted to earlier matches, no pruning and no partial sort. The rules are restated
 * here from the engine's documentation, not imported, so a change to them in the engine shows up
 * as a difference: MiniSearch's BM25 (k, b, d) summed over fields and the words a query word
 * reaches (itself; as the last word, the words it starts, weighted 0.375·l/(l + 0.3·extra); within
 * its typo budget when the catalogue does not hold it, weighted 0.45·l/(l + edits), halved unless
 * the typed letters stand in order in the word, and its swapped neighbouring pairs as one edit;
 * the words reached by a typo only outside the story);
 * synonyms at 0.8, their phrases only where they stand together, a one-word one written with
 * diacritics only where the record holds it so; the sum times the number of
 * query terms; a one- or two-letter last word after others only checked, not scored as a prefix.
 * Only the query reading (prepareQuery) and the final boost (boostScore) are the engine's own.
 */
const BM25_K = 1.2
const BM25_B = 0.7
const BM25_D = 0.5
const SYNONYM_BOOST = 0.8
/** A last word shorter than this, after other words, is checked on their matches instead of expanded. */
const DEFERRED_PREFIX_LENGTH = 3

/** One way a query term can match: all of these words (a synonym phrase also side by side in one field). */
interface Branch {
  readonly words: readonly ReadonlyMap<string, Reach>[]
  readonly phrase?: string
  /** A synonym's words written with diacritics: the record must hold each with them (among its accent-exact words). */
  readonly marked?: readonly string[]
}

/**
 * BM25 of the reached words in one record, summed over fields; null when it holds none of them.
 * Summed word by word in the query's order, not the record's: two records with the same counts
 * then get the very same score, and the name decides between them, as in the engine.
 */
function wordScore(catalogue: ReferenceCatalogue, scanned: ScannedRecord, reached: ReadonlyMap<string, Reach>): number | null {
  const live = catalogue.records.length
  let score: number | null = null
  for (const [word, { weight, typo }] of reached) {
    for (let field = 0; field < TEXT_FIELDS.length; field += 1) {
      if (typo && TEXT_FIELDS[field] === 'searchBody') continue
      const tf = scanned.counts[field]!.get(word)
      if (tf === undefined) continue
      const frequency = catalogue.documentFrequency(word, field)
      const idf = Math.log(1 + (live - frequency + 0.5) / (frequency + 0.5))
      const average = catalogue.totalLengths[field]! / live
      const saturation = (tf * (BM25_K + 1)) / (tf + BM25_K * (1 - BM25_B + (BM25_B * scanned.lengths[field]!) / average))
      score = (score ?? 0) + weight * FIELD_BOOSTS[TEXT_FIELDS[field]!] * idf * (BM25_D + saturation)
    }
  }
  return score
}

function holdsPhrase(scanned: ScannedRecord, phrase: string): boolean {
  return TEXT_FIELDS.some((field) => ` ${scanned.record[field]} `.includes(` ${phrase} `))
}

/** A branch's score in a record: every one of its words must be there (a phrase side by side); else null. */
function branchScore(catalogue: ReferenceCatalogue, scanned: ScannedRecord, branch: Branch): number | null {
  let score = 0
  for (const reached of branch.words) {
    const word = wordScore(catalogue, scanned, reached)
    if (word === null) return null
    score += word
  }
  if (branch.marked?.some((marked) => !` ${scanned.record.marked} `.includes(` ${marked} `))) return null
  return branch.phrase === undefined || holdsPhrase(scanned, branch.phrase) ? score : null
}

/** A term's score in a record: the sum over the branches that match; null when none does. */
function termScore(catalogue: ReferenceCatalogue, scanned: ScannedRecord, branches: readonly Branch[]): number | null {
  let total: number | null = null
  for (const branch of branches) {
    const score = branchScore(catalogue, scanned, branch)
    if (score !== null) total = (total ?? 0) + score
  }
  return total
}

/** The last word, when it is one or two letters after other words: checked, not expanded. */
function deferredPrefix(prepared: PreparedQuery): string | null {
  const last = prepared.terms.at(-1)
  if (prepared.terms.length < 2 || !last || last.alternatives.length > 0 || last.tokens.length !== 1) return null
  return last.tokens[0]!.length < DEFERRED_PREFIX_LENGTH ? last.tokens[0]! : null
}

/** Per term, its branches: its own words (the last one typed as a prefix), then each synonym. */
function planTerms(catalogue: ReferenceCatalogue, prepared: PreparedQuery, deferred: boolean, slips: ReadonlySet<string> = new Set()): Branch[][] {
  const terms = deferred ? prepared.terms.slice(0, -1) : prepared.terms
  const prefixLast = !deferred && ((prepared.tokens.at(-1) ?? '').length >= MIN_PREFIX_LENGTH || prepared.tokens.length > 1)
  return terms.map((term, i) => {
    const own = term.tokens.map((token, j) => {
      const prefix = prefixLast && i === terms.length - 1 && j === term.tokens.length - 1
      const unknown = !isFillerToken(token) && (slips.has(token) || !holds(catalogue, token, prefix))
      const typos = unknown ? typoBudget(token, catalogue.index) : 0
      return reachedWords(catalogue, token, prefix, typos, 1, unknown && swapsOnly(token, catalogue.index))
    })
    const synonyms = term.alternatives.map((alternative, a): Branch => {
      // Only a one-word synonym is held to its marks (a phrase's neighbouring word tells it apart).
      const marked = alternative.length === 1 ? (term.alternativeMarks?.[a] ?? []).filter((mark, w) => mark !== alternative[w]) : []
      return {
        words: alternative.map((token) => reachedWords(catalogue, token, false, 0, SYNONYM_BOOST)),
        ...(alternative.length > 1 ? { phrase: alternative.join(' ') } : {}),
        ...(marked.length > 0 ? { marked } : {}),
      }
    })
    return [{ words: own }, ...synonyms]
  })
}

/** What the matching of a query involves, for the run's summary. */
function traitsOf(catalogue: ReferenceCatalogue, q: string, prepared: PreparedQuery, deferred: string | null): string[] {
  const traits = new Set<string>()
  const typed = tokenizeText(q)
  if (prepared.tokens.length > typed.length) traits.add('joined words taken apart')
  else if (prepared.tokens.some((token, i) => token !== typed[i])) traits.add('word mended through synonyms')
  const prefixLast = (prepared.tokens.at(-1) ?? '').length >= MIN_PREFIX_LENGTH || prepared.tokens.length > 1
  prepared.tokens.forEach((token, i) => {
    const prefix = prefixLast && deferred === null && i === prepared.tokens.length - 1
    if (prefix && [...catalogue.words].some((word) => word !== token && word.startsWith(token))) traits.add('prefix')
    if (!isFillerToken(token) && !holds(catalogue, token, prefix) && typoBudget(token, catalogue.index) > 0)
      traits.add(`typo budget ${typoBudget(token, catalogue.index)}`)
  })
  if (deferred !== null) traits.add('deferred prefix')
  if (prepared.terms.some((term) => term.alternatives.length > 0)) traits.add('synonym')
  if (prepared.terms.some((term) => term.alternatives.some((alternative) => alternative.length > 1))) traits.add('synonym phrase')
  if (prepared.markedTokens.length > 0) traits.add('accents')
  if (prepared.tokens.length === 0) traits.add('no words')
  return [...traits]
}

/** The record's score before boosts when it matches every term, else null. */
function baseScore(catalogue: ReferenceCatalogue, scanned: ScannedRecord, plan: readonly Branch[][], deferred: string | null): number | null {
  let sum = 0
  for (const branches of plan) {
    const score = termScore(catalogue, scanned, branches)
    if (score === null) return null
    sum += score
  }
  // Times the number of terms matched (all of them here); the deferred last word is not counted.
  let score = sum * plan.length
  if (deferred !== null) {
    if (!TEXT_FIELDS.some((_, field) => [...scanned.counts[field]!.keys()].some((word) => word.startsWith(deferred)))) return null
    score += wordScore(catalogue, scanned, new Map([[deferred, { weight: 1 }]])) ?? 0
  }
  return score
}

function passesFilters(record: IndexRecord, filters: SearchFilters): boolean {
  const wanted = <T>(values: readonly T[] | undefined, test: (value: T) => boolean) => !values || values.length === 0 || values.some(test)
  return (
    wanted(filters.kind, (kind) => record.kind === kind) &&
    wanted(filters.productGroup, (group) => record.productGroupKey === toFilterKey(group)) &&
    wanted(filters.province, (province) => record.provinceKeys.includes(toFilterKey(province))) &&
    wanted(filters.awardLevel, (level) => record.awardLevel.includes(level)) &&
    wanted(filters.awardYear, (year) => record.awardYear.includes(Number(year))) &&
    wanted(filters.certification, (certification) => record.certificationKeys.includes(toFilterKey(certification))) &&
    wanted(filters.status, (status) => record.status === status)
  )
}

interface Hit {
  readonly record: IndexRecord
  readonly score: number
}

function byName(a: IndexRecord, b: IndexRecord): number {
  if (a.sortName !== b.sortName) return a.sortName < b.sortName ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function compareHits(sort: ResolvedSearchQuery['sort'], scored: boolean): (a: Hit, b: Hit) => number {
  if (sort === 'relevance' && scored) return (a, b) => (a.score !== b.score ? b.score - a.score : byName(a.record, b.record))
  if (sort === 'newestAward') {
    return (a, b) => {
      const x = a.record.newestAwardYear
      const y = b.record.newestAwardYear
      if (x === y) return byName(a.record, b.record)
      return x === undefined ? 1 : y === undefined ? -1 : y - x
    }
  }
  return (a, b) => byName(a.record, b.record)
}

function countFacets(hits: readonly Hit[], facets: readonly FacetName[]): Partial<Record<FacetName, Record<string, number>>> {
  const counted: Partial<Record<FacetName, Record<string, number>>> = {}
  for (const facet of facets) {
    const counts: Record<string, number> = {}
    for (const { record } of hits) {
      const value = record[facet]
      for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) counts[String(item)] = (counts[String(item)] ?? 0) + 1
    }
    counted[facet] = counts
  }
  return counted
}

export interface ReferenceAnswer {
  readonly prepared: PreparedQuery
  readonly totalHits: number
  /** Ids of the requested page, in order. */
  readonly ids: readonly string[]
  /** Their relevance scores, when the order is by relevance over query words. */
  readonly scores?: readonly number[]
  readonly facets: Partial<Record<FacetName, Record<string, number>>>
  /** Why the engine may rightly answer otherwise than the full match of every word. */
  readonly outOfScope?: string
  /** When nothing holds every word as typed: every record some one slip reading finds (SLIP_REASON). */
  readonly slipIds?: ReadonlySet<string>
  /** What the query made the reference use (typos, prefixes, synonyms…), to see what a run covered. */
  readonly traits: readonly string[]
}

/**
 * The words read as possible slips when nothing holds every word of a query of two terms or more
 * without filler: typed without diacritics, long enough for a typo, held by the catalogue (the last
 * one as the start of a word).
 */
function slipsOf(catalogue: ReferenceCatalogue, prepared: PreparedQuery): ReadonlySet<string> {
  const { words } = prepared
  if (prepared.terms.length < 2 || findFillerWords(words).some(Boolean)) return new Set()
  const slips = words.filter(
    (word, i) =>
      !isMarked(word) && !isFillerToken(word.folded) && typoBudget(word.folded, catalogue.index) > 0 && holds(catalogue, word.folded, i === words.length - 1),
  )
  return new Set(slips.map((word) => word.folded))
}

/** Why a query read with a slip is not compared whole: the engine also asks that its items be the thing named. */
export const SLIP_REASON = 'a word the catalogue holds read as a slip'

export function referenceSearch(catalogue: ReferenceCatalogue, synonyms: SynonymTable, query: ResolvedSearchQuery): ReferenceAnswer {
  const prepared = prepareReferenceQuery(catalogue, synonyms, query.q)
  const scored = prepared.tokens.length > 0
  const deferred = scored ? deferredPrefix(prepared) : null
  const collect = (plan: readonly Branch[][]): Hit[] => {
    const hits: Hit[] = []
    for (const scanned of catalogue.records) {
      if (!passesFilters(scanned.record, query.filters)) continue
      if (!scored) {
        hits.push({ record: scanned.record, score: 0 })
        continue
      }
      const base = baseScore(catalogue, scanned, plan, deferred)
      if (base !== null) hits.push({ record: scanned.record, score: boostScore(scanned.record, prepared, base) })
    }
    return hits
  }
  const hits = collect(scored ? planTerms(catalogue, prepared, deferred !== null) : [])
  // Nothing holds every word as typed: words the catalogue holds, typed without marks, may be
  // slips, one at a time. The engine keeps those of its items that are the thing named, which the
  // reference does not restate: it gives every item a slip reading finds, for the engine's to be among.
  const slipIds = new Set<string>()
  if (hits.length === 0 && scored) {
    for (const slip of slipsOf(catalogue, prepared)) {
      for (const hit of collect(planTerms(catalogue, prepared, deferred !== null, new Set([slip])))) slipIds.add(hit.record.id)
    }
  }
  const withScores = scored && query.sort === 'relevance'
  hits.sort(compareHits(query.sort, scored))
  const from = (query.page - 1) * query.hitsPerPage
  const page = hits.slice(from, from + query.hitsPerPage)
  const outOfScope = scored ? (outOfScopeReason(catalogue, prepared) ?? (slipIds.size > 0 ? SLIP_REASON : undefined)) : undefined
  return {
    prepared,
    totalHits: hits.length,
    ids: page.map(({ record }) => record.id),
    ...(withScores ? { scores: page.map(({ score }) => score) } : {}),
    facets: countFacets(hits, query.facets),
    ...(outOfScope ? { outOfScope } : {}),
    ...(slipIds.size > 0 ? { slipIds } : {}),
    traits: traitsOf(catalogue, query.q, prepared, deferred),
  }
}
