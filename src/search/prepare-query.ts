import { expandSynonyms, type ExpandedTerm, type SynonymTable } from '../text/synonyms'
import { isMarked, tokenizeWords, type Word } from '../text/tokenize-text'

/**
 * A word of the query. `complement`: it stands in an English complement ("fish sauce from Phú
 * Quốc island", "rice paper with sesame"): it says where the thing is from or what it has, never
 * what it is, so it is never the head (find-head-word.ts).
 */
export interface QueryWord extends Word {
  readonly complement?: true
}

/** A query string taken apart once, for either engine. */
export interface PreparedQuery {
  readonly words: readonly QueryWord[]
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
  /** The catalogue word two neighbouring words make when typed together ("bees wax" → "beeswax"). */
  readonly joinWords?: (first: string, second: string) => string | null
}

/**
 * Words are split and mended before synonyms are looked up, so they find theirs ("nuoc mam" →
 * "fish sauce", "cinnamon sticks" → "cinnamon quills"); a one-word term then also matches the
 * other forms of its word.
 */
export function prepareQuery(q: string, synonyms: SynonymTable, readers: WordReaders = {}): PreparedQuery {
  const { splitWord, correctWord, wordForms, joinWords } = readers
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
  const expanded = expandSynonyms(words, synonyms)
  const terms = joinWords ? withJoinedWords(expanded, joinWords) : expanded
  return {
    words: markComplement(words),
    tokens: words.map((word) => word.folded),
    terms: wordForms ? terms.map((term) => withWordForms(term, wordForms)) : terms,
    markedTokens: [...new Set(words.filter(isMarked).map((word) => word.marked))],
  }
}

/** The term that also matches the other forms of its one word (those `wordForms` gives and its synonyms do not list). */
export function withWordForms(term: ExpandedTerm, wordForms: (token: string) => readonly string[]): ExpandedTerm {
  if (term.tokens.length !== 1) return term
  const taken = new Set(term.alternatives.filter((alternative) => alternative.length === 1).map((alternative) => alternative[0]))
  const forms = wordForms(term.tokens[0]!).filter((form) => !taken.has(form))
  return forms.length === 0 ? term : { ...term, alternatives: [...term.alternatives, ...forms.map((form) => [form])] }
}

/**
 * Two neighbouring one-word terms without synonyms become one term that also matches the word they
 * make together, as Meilisearch concatenates query words: "bees wax" finds "beeswax" as well as
 * a text holding both words.
 */
function withJoinedWords(terms: readonly ExpandedTerm[], joinWords: (first: string, second: string) => string | null): ExpandedTerm[] {
  const out: ExpandedTerm[] = []
  for (let i = 0; i < terms.length; i += 1) {
    const term = terms[i]!
    const next = terms[i + 1]
    const single = (t: ExpandedTerm | undefined): t is ExpandedTerm => t !== undefined && t.tokens.length === 1 && t.alternatives.length === 0
    const joined = single(term) && single(next) ? joinWords(term.tokens[0]!, next.tokens[0]!) : null
    if (joined === null) {
      out.push(term)
      continue
    }
    out.push({ tokens: [term.tokens[0]!, next!.tokens[0]!], alternatives: [[joined]] })
    i += 1
  }
  return out
}

/** Words that open an English complement: what follows is where the thing comes from or what it has. */
const COMPLEMENT_MARKERS: ReadonlySet<string> = new Set(['from', 'in', 'with'])

/** The first complement marker that follows another word, and the words after it, marked as such. */
function markComplement(words: readonly Word[]): readonly QueryWord[] {
  const start = words.findIndex((word, i) => i > 0 && !isMarked(word) && COMPLEMENT_MARKERS.has(word.folded))
  return start < 0 ? words : words.map((word, i) => (i >= start ? { ...word, complement: true } : word))
}
