import { expandSynonyms, type ExpandedTerm, type SynonymTable } from '../text/synonyms'
import { isMarked, tokenizeWords, type Word } from '../text/tokenize-text'

/** A query string taken apart once, for either engine. */
export interface PreparedQuery {
  readonly words: readonly Word[]
  /** Folded tokens, in order. */
  readonly tokens: readonly string[]
  /** Query terms with their synonyms. */
  readonly terms: readonly ExpandedTerm[]
  /** Accent-exact tokens of the words the buyer typed with diacritics. */
  readonly markedTokens: readonly string[]
}

export function prepareQuery(q: string, synonyms: SynonymTable): PreparedQuery {
  const words = tokenizeWords(q)
  return {
    words,
    tokens: words.map((word) => word.folded),
    terms: expandSynonyms(words, synonyms),
    markedTokens: [...new Set(words.filter(isMarked).map((word) => word.marked))],
  }
}
