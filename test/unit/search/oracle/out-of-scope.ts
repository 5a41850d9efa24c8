/**
 * Queries the reference does not judge: where the engine, to stay fast, keeps what it would
 * otherwise check (a common synonym phrase, a common synonym's marks), or where words typed with
 * marks the catalogue never has send it down its forgiving path.
 */
import type { PreparedQuery } from '../../../../src/search/prepare-query'
import { isMarked } from '../../../../src/text/tokenize-text'
import type { ReferenceCatalogue } from './reference-catalogue'

/** Above this many records holding every word of a synonym phrase, the engine keeps them unread. */
const PHRASE_CHECK_LIMIT = 500
/** Above this many records holding a one-word synonym's folded word, the engine keeps them without checking its marks. */
const MARKED_CHECK_LIMIT = 1_000

/** Why the reference does not judge a query, or undefined. */
export function outOfScopeReason(catalogue: ReferenceCatalogue, prepared: PreparedQuery): string | undefined {
  if (hasUnknownAccents(catalogue, prepared)) return 'accents the catalogue never has'
  if (hasUncheckedPhrase(catalogue, prepared)) return 'synonym phrase past the check limit'
  if (hasUncheckedMarks(catalogue, prepared)) return "synonym's marks past the check limit"
  return undefined
}

/**
 * Words typed with diacritics the catalogue never has: the engine's forgiving layer may refuse the
 * query ("lụa" where only "lúa" exists) rather than answer with folded matches.
 */
function hasUnknownAccents(catalogue: ReferenceCatalogue, prepared: PreparedQuery): boolean {
  const { words } = prepared
  return words.some(
    (word, i) =>
      isMarked(word) &&
      !catalogue.markedWords.has(word.marked) &&
      !(i === words.length - 1 && [...catalogue.markedWords].some((marked) => marked.startsWith(word.marked))),
  )
}

/** A synonym phrase so common the engine keeps its records without checking that its words stand together. */
function hasUncheckedPhrase(catalogue: ReferenceCatalogue, prepared: PreparedQuery): boolean {
  return prepared.terms.some((term) =>
    term.alternatives.some(
      (alternative) =>
        alternative.length > 1 &&
        catalogue.records.filter(({ counts }) => alternative.every((word) => counts.some((count) => count.has(word)))).length > PHRASE_CHECK_LIMIT,
    ),
  )
}

/** A one-word synonym with marks whose folded word so many records hold that the engine may keep them unchecked. */
function hasUncheckedMarks(catalogue: ReferenceCatalogue, prepared: PreparedQuery): boolean {
  return prepared.terms.some((term) =>
    term.alternatives.some(
      (alternative, a) =>
        alternative.length === 1 &&
        term.alternativeMarks?.[a]?.[0] !== alternative[0] &&
        term.alternativeMarks?.[a] != null &&
        catalogue.records.filter(({ counts }) => counts.some((count) => count.has(alternative[0]!))).length > MARKED_CHECK_LIMIT,
    ),
  )
}
