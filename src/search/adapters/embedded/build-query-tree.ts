import type { Query, QueryCombination, SearchOptions } from 'minisearch'
import type { PreparedQuery } from '../../prepare-query'
import { FIELD_BOOSTS, MIN_PREFIX_LENGTH, TEXT_FIELDS, TYPO_TOLERANCE } from '../../settings/index-settings'
import type { IndexName } from '../../settings/index-names'

/** Synonyms match a little below the words the buyer typed. */
const ALTERNATIVE_BOOST = 0.8

/** Options for every embedded search: the text fields and their weights. */
export const SEARCH_OPTIONS: SearchOptions = {
  fields: [...TEXT_FIELDS],
  boost: { ...FIELD_BOOSTS },
  maxFuzzy: 2,
  combineWith: 'AND',
}

function fuzzyFor(token: string, index: IndexName): number | false {
  const typos = TYPO_TOLERANCE[index]
  if (!typos.enabled || /\d/.test(token)) return false
  if (token.length >= typos.twoTypos) return 2
  if (token.length >= typos.oneTypo) return 1
  return false
}

function tokenQuery(token: string, index: IndexName, prefix: boolean, boost: number): QueryCombination {
  return { queries: [token], prefix, fuzzy: fuzzyFor(token, index), boostTerm: () => boost }
}

function phraseQuery(tokens: readonly string[], index: IndexName, prefixLast: boolean, boost: number): Query {
  const parts = tokens.map((token, i) => tokenQuery(token, index, prefixLast && i === tokens.length - 1, boost))
  return parts.length === 1 ? parts[0]! : { combineWith: 'AND', queries: parts }
}

/**
 * The MiniSearch query for a prepared query: every term must match (AND); a term matches through its
 * own words or any synonym (OR). Only the last word the buyer typed matches as a prefix. Levels with
 * a single branch are left out: MiniSearch copies its result maps at each level.
 */
export function buildQueryTree(prepared: PreparedQuery, index: IndexName, options: { readonly terms?: PreparedQuery['terms']; readonly prefixLast?: boolean } = {}): Query {
  const { tokens } = prepared
  const terms = options.terms ?? prepared.terms
  // A lone first letter as a prefix would match most of the catalogue (and cost the most); after
  // another word ("mat o") it narrows, so there one letter is enough.
  const lastToken = tokens.at(-1) ?? ''
  const prefixLast = options.prefixLast ?? (lastToken.length >= MIN_PREFIX_LENGTH || tokens.length > 1)
  const termQueries = terms.map((term, i): Query => {
    const own = phraseQuery(term.tokens, index, prefixLast && i === terms.length - 1, 1)
    if (term.alternatives.length === 0) return own
    return {
      combineWith: 'OR',
      queries: [own, ...term.alternatives.map((alternative) => phraseQuery(alternative, index, false, ALTERNATIVE_BOOST))],
    }
  })
  return termQueries.length === 1 ? termQueries[0]! : { combineWith: 'AND', queries: termQueries }
}
