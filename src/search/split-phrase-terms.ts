import { expandSynonyms, type ExpandedTerm, type SynonymTable } from '../text/synonyms'
import { type PreparedQuery, withWordForms } from './prepare-query'

/**
 * The query with each phrase term (a synonym phrase, or two words read together) taken back apart
 * into its words, each with its own synonyms and (`wordForms`) other forms: for leaving words out
 * when no answer keeps the phrases whole. "coffee beans" is one term whose words no record holds
 * together; apart, "coffee" can still be kept while "beans" goes. Null when there is no phrase.
 */
export function splitPhraseTerms(query: PreparedQuery, synonyms: SynonymTable, wordForms?: (token: string) => readonly string[]): PreparedQuery | null {
  if (query.terms.every((term) => term.tokens.length === 1)) return null
  let at = 0
  const terms = query.terms.flatMap((term): ExpandedTerm[] => {
    const words = query.words.slice(at, at + term.tokens.length)
    at += term.tokens.length
    if (term.tokens.length === 1) return [term]
    return words.map((word) => {
      const own = expandSynonyms([word], synonyms)[0]!
      return wordForms ? withWordForms(own, wordForms) : own
    })
  })
  return { ...query, terms }
}
