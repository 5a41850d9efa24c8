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

/** What the engine knows of its catalogue, to read the query's words better before matching. */
export interface WordReaders {
  /** Takes apart words typed run together ("nuocmam" → "nuoc", "mam"). */
  readonly splitWord?: (word: Word, last: boolean) => readonly string[] | null
  /** Mends a misspelt word only the synonyms hold ("stiks" → "sticks"). */
  readonly correctWord?: (word: Word, last: boolean) => string | null
  /** Other forms of a word the catalogue holds ("beans" → "bean"), matched like its synonyms. */
  readonly wordForms?: (token: string) => readonly string[]
}

/**
 * Words are split and mended before synonyms are looked up, so they find theirs ("nuoc mam" →
 * "fish sauce", "cinnamon sticks" → "cinnamon quills"); a one-word term then also matches the
 * other forms of its word.
 */
export function prepareQuery(q: string, synonyms: SynonymTable, readers: WordReaders = {}): PreparedQuery {
  const { splitWord, correctWord, wordForms } = readers
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
  const terms = expandSynonyms(words, synonyms)
  return {
    words,
    tokens: words.map((word) => word.folded),
    terms: wordForms ? terms.map((term) => withWordForms(term, wordForms)) : terms,
    markedTokens: [...new Set(words.filter(isMarked).map((word) => word.marked))],
  }
}

function withWordForms(term: ExpandedTerm, wordForms: (token: string) => readonly string[]): ExpandedTerm {
  if (term.tokens.length !== 1) return term
  const taken = new Set(term.alternatives.filter((alternative) => alternative.length === 1).map((alternative) => alternative[0]))
  const forms = wordForms(term.tokens[0]!).filter((form) => !taken.has(form))
  return forms.length === 0 ? term : { ...term, alternatives: [...term.alternatives, ...forms.map((form) => [form])] }
}
