import { isFillerToken } from '../../find-filler-words'
import type { PreparedQuery } from '../../prepare-query'
import { MIN_PREFIX_LENGTH } from '../../settings/index-settings'
import type { IndexName } from '../../settings/index-names'
import { typoBudget } from '../../typo-budget'
import type { QueryNode } from './evaluate-query'
import { SWAPPED_ONLY_LENGTH } from './typing-slips'

/** Synonyms match a little below the words the buyer typed. */
const ALTERNATIVE_BOOST = 0.8

/** Whether the catalogue holds a word (as a whole word, or as the start of one when `prefix`). */
export type KnownWord = (token: string, prefix: boolean) => boolean

/**
 * Typos are forgiven only for words the catalogue does not hold: "khomm" may be "khom", but
 * "thuong" stays "thuong" and never brings "truong" along. A buyer's filler is never a typo
 * either: "cà phê ngon" must not find tea buds ("nõn") that a coffee never says; left out, it
 * finds the coffee.
 */
function fuzzyFor(token: string, index: IndexName, prefix: boolean, known: KnownWord | undefined): number {
  if (isFillerToken(token)) return 0
  const budget = typoBudget(token, index)
  return budget > 0 && known?.(token, prefix) === false ? budget : 0
}

/**
 * One bit per query term, shared by its synonyms: a document counts the buyer's words it matched,
 * so "thơm (dứa)" in a text does not count twice for "khóm" against a title holding "kẹo khóm".
 */
function bitFor(term: number): number {
  return 2 ** Math.min(term, 31)
}

/** An English word of three letters the catalogue does not hold may have two letters swapped ("tae"). */
function swappedOnly(token: string, index: IndexName, prefix: boolean, known: KnownWord | undefined): boolean {
  return index === 'public_en' && token.length === SWAPPED_ONLY_LENGTH && !/\d/.test(token) && !isFillerToken(token) && known?.(token, prefix) === false
}

function phraseQuery(tokens: readonly string[], index: IndexName, prefixLast: boolean, boost: number, bit: number, known?: KnownWord): QueryNode {
  const parts = tokens.map((token, i): QueryNode => {
    const prefix = prefixLast && i === tokens.length - 1
    const fuzzy = fuzzyFor(token, index, prefix, known)
    return { op: 'term', token, prefix, fuzzy, boost, bit, ...(fuzzy === 0 && swappedOnly(token, index, prefix, known) ? { swapped: true as const } : {}) }
  })
  return parts.length === 1 ? parts[0]! : { op: 'and', children: parts }
}

/**
 * A synonym phrase matches only where its words stand together ("cà phê hạt", not "hạt … cà phê");
 * a one-word synonym written with diacritics only where a record holds them (`marks`).
 */
function synonymQuery(tokens: readonly string[], marks: readonly string[] | null | undefined, bit: number): QueryNode {
  // Only a one-word synonym is checked for its marks: in a phrase the word beside it already tells
  // "mật ong" from "mặt ong", and checking thousands of honeys would double an English query's time.
  const marked = tokens.length === 1 ? marks?.[0] : undefined
  const parts = tokens.map(
    (token): QueryNode => ({
      op: 'term',
      token,
      prefix: false,
      fuzzy: 0,
      boost: ALTERNATIVE_BOOST,
      bit,
      ...(marked !== undefined && marked !== token ? { marked } : {}),
    }),
  )
  return parts.length === 1 ? parts[0]! : { op: 'and', children: parts, phrase: tokens.join(' ') }
}

export interface QueryTreeOptions {
  readonly terms?: PreparedQuery['terms']
  readonly prefixLast?: boolean
  /** 'all': every term must match (AND); 'any': documents matching some of them (OR), to leave words out. */
  readonly match?: 'all' | 'any'
  /** Lets typos be forgiven on words the catalogue does not hold. */
  readonly known?: KnownWord
}

/**
 * The query for a prepared query: every term must match (AND); a term matches through its own
 * words or any synonym (OR). Only the last word the buyer typed matches as a prefix.
 */
export function buildQueryTree(prepared: PreparedQuery, index: IndexName, options: QueryTreeOptions = {}): QueryNode {
  const { tokens } = prepared
  const terms = options.terms ?? prepared.terms
  // A lone first letter as a prefix would match most of the catalogue (and cost the most); after
  // another word ("mat o") it narrows, so there one letter is enough.
  const lastToken = tokens.at(-1) ?? ''
  const prefixLast = options.prefixLast ?? (lastToken.length >= MIN_PREFIX_LENGTH || tokens.length > 1)
  const termQueries = terms.map((term, i): QueryNode => {
    const own = phraseQuery(term.tokens, index, prefixLast && i === terms.length - 1, 1, bitFor(i), options.known)
    if (term.alternatives.length === 0) return own
    const synonyms = term.alternatives.map((alternative, a) => synonymQuery(alternative, term.alternativeMarks?.[a], bitFor(i)))
    return { op: 'or', children: [own, ...synonyms] }
  })
  return termQueries.length === 1 ? termQueries[0]! : { op: options.match === 'any' ? 'or' : 'and', children: termQueries }
}

/** A single whole word, no prefix, no typos. */
export function wordQuery(token: string): QueryNode {
  return { op: 'term', token, prefix: false, fuzzy: 0, boost: 1, bit: 1 }
}

/** Any word starting with `token` (its whole-word form included), no typos. */
export function prefixQuery(token: string): QueryNode {
  return { op: 'term', token, prefix: true, fuzzy: 0, boost: 1, bit: 1 }
}
