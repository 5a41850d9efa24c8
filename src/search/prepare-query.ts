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

/**
 * `splitWord` may take apart words typed run together ("nuocmam" → "nuoc", "mam"), and
 * `correctWord` mend a misspelt word only the synonyms hold ("stiks" → "sticks"), before synonyms
 * are looked up, so the words find theirs ("nuoc mam" → "fish sauce", "cinnamon sticks" →
 * "cinnamon quills").
 */
export function prepareQuery(
  q: string,
  synonyms: SynonymTable,
  splitWord?: (word: Word, last: boolean) => readonly string[] | null,
  correctWord?: (word: Word, last: boolean) => string | null,
): PreparedQuery {
  const typed = tokenizeWords(q)
  const split = splitWord
    ? typed.flatMap((word, i) => splitWord(word, i === typed.length - 1)?.map((piece): Word => ({ folded: piece, marked: piece })) ?? [word])
    : typed
  const words = correctWord
    ? split.map((word, i): Word => {
        const corrected = correctWord(word, i === split.length - 1)
        return corrected === null ? word : { folded: corrected, marked: corrected }
      })
    : split
  return {
    words,
    tokens: words.map((word) => word.folded),
    terms: expandSynonyms(words, synonyms),
    markedTokens: [...new Set(words.filter(isMarked).map((word) => word.marked))],
  }
}
