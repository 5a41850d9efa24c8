import type { PreparedQuery } from '../../../../src/search/prepare-query'
import { type ReferenceCatalogue, reachedWords, typoBudget } from './reference-catalogue'

/**
 * True when each term of the query (its words within the typos the engine allows, or a synonym's)
 * is held by some of the records `ids`: an answer that left words out and names none of them must
 * hold, across its items, every word the buyer typed ("quà biếu tết nước mắm": a gift box without
 * "tết", then a jar that says it).
 */
export function everyTermHeld(catalogue: ReferenceCatalogue, prepared: PreparedQuery, ids: readonly string[]): boolean {
  const listed = new Set(ids)
  const held = catalogue.records.filter(({ record }) => listed.has(record.id)).map(({ counts }) => new Set(counts.flatMap((count) => [...count.keys()])))
  const lastTerm = prepared.terms.length - 1
  const reaches = (token: string, prefix: boolean) => [...reachedWords(catalogue, token, prefix, typoBudget(token, catalogue.index), 1, true).keys()]
  return prepared.terms.every((term, t) =>
    [term.tokens, ...term.alternatives].some((tokens) => {
      const reached = tokens.map((token, i) => reaches(token, t === lastTerm && i === tokens.length - 1))
      return held.some((words) => reached.every((options) => options.some((word) => words.has(word))))
    }),
  )
}
