import type { PreparedQuery } from '../../prepare-query'
import type { QueryTarget } from '../../resolve-search-query'
import type { IndexName } from '../../settings/index-names'
import type { SynonymTable } from '../../../text/synonyms'
import type { EnquiryScope } from '../../types'
import { buildQueryTree, prefixQuery, wordQuery } from './build-query-tree'
import { knownWordIn } from './catalogue-words'
import { evaluateQuery, matchedDocs } from './evaluate-query'
import type { AllowedDocs } from './filter-index'
import { liveDocsOf, type IndexStore } from './index-store'
import { hasShortPrefix, shortPrefixCode } from './term-index'

export interface SearchRun {
  readonly store: IndexStore
  readonly index: IndexName
  readonly target: QueryTarget
  readonly scope?: EnquiryScope
  readonly synonyms: SynonymTable
}

/**
 * A last word of one or two letters after others ("mat o", "keo du") would expand, as a prefix, to
 * a large share of the vocabulary, each expansion with its own long posting list: the slowest
 * queries by far. The words before it already narrow the hits, so it is checked on those instead
 * (only their documents are looked up): the same hits, at a fraction of the cost. Documents holding
 * it as a whole word ("Long An" for "long an") keep the score that word earns. Returns the prefix
 * to check, or null.
 */
const DEFERRED_PREFIX_LENGTH = 3

function deferredPrefix(prepared: PreparedQuery): string | null {
  const last = prepared.terms.at(-1)
  if (prepared.terms.length < 2 || !last || last.alternatives.length > 0 || last.tokens.length !== 1) return null
  const token = last.tokens[0]!
  return token.length < DEFERRED_PREFIX_LENGTH ? token : null
}

export interface Candidates {
  /** Matching document numbers that pass the filters (a view: read it before the matches go back to the pool). */
  readonly docs: Int32Array
  /** Relevance by document number (undefined when the query has no words). */
  readonly scores?: ArrayLike<number>
}

/** Every live document that passes the filters (a query without words). */
export function browse(run: SearchRun, allowed: AllowedDocs | null): Candidates {
  return { docs: allowed ? allowed.docs : liveDocsOf(run.store) }
}

/**
 * Score the query's words, keep the documents that pass the filters; `use` reads them before the
 * scratch arrays go back to the pool. Words the catalogue lacks may be read with a typo, and so may
 * those in `slips` though it holds them (match-forgiving.ts: when no item holds every word as typed).
 */
export function withMatches<T>(
  run: SearchRun,
  prepared: PreparedQuery,
  allowed: AllowedDocs | null,
  use: (candidates: Candidates) => T,
  slips?: ReadonlySet<string>,
): T {
  const { index, pool } = run.store
  const prefix = deferredPrefix(prepared)
  const catalogueHolds = knownWordIn(index)
  const known: typeof catalogueHolds = slips ? (token, isPrefix) => !slips.has(token) && catalogueHolds(token, isPrefix) : catalogueHolds
  const tree =
    prefix === null
      ? buildQueryTree(prepared, run.index, { known })
      : buildQueryTree(prepared, run.index, { terms: prepared.terms.slice(0, -1), prefixLast: false, known })
  const found = evaluateQuery(index, pool, tree)
  // The deferred last word, checked only on the documents the others matched: which of them hold
  // a word starting with it (by their letters' codes when it has one, else through the postings),
  // and the score of those holding it whole.
  const code = prefix === null ? undefined : shortPrefixCode(prefix)
  const startsWith = prefix === null || code !== undefined ? null : evaluateQuery(index, pool, prefixQuery(prefix), found)
  const wholeWord = prefix === null ? null : evaluateQuery(index, pool, wordQuery(prefix), found)
  // Holding the word whole is holding a word that starts with it: a score read instead of a scan
  // of the document's letter codes ("nghe an": most of the "nghe" documents hold "an").
  const holds = (doc: number) => wholeWord!.scores[doc]! > 0 || (code !== undefined ? hasShortPrefix(index, doc, prefix!, code) : startsWith!.scores[doc]! > 0)
  try {
    // Nothing to check: the matches are the candidates.
    if (!allowed && prefix === null) return use({ docs: matchedDocs(found), scores: found.scores })
    // Kept in place; what is left out is cleared now, as the pool clears only the touched list.
    let kept = 0
    for (let i = 0; i < found.count; i += 1) {
      const doc = found.docs[i]!
      if ((allowed && !allowed.has(doc)) || (prefix !== null && !holds(doc))) {
        found.scores[doc] = 0
        found.bits[doc] = 0
        continue
      }
      if (prefix !== null) found.scores[doc]! += wholeWord!.scores[doc]!
      found.docs[kept++] = doc
    }
    found.count = kept
    return use({ docs: matchedDocs(found), scores: found.scores })
  } finally {
    for (const matches of [found, startsWith, wholeWord]) if (matches) pool.release(matches)
  }
}
