import { englishWordForms } from './english-word-forms'
import { isMarked, tokenizeWords, type Word } from './tokenize-text'

/** Words or phrases that mean the same thing, e.g. ["khóm", "dứa", "thơm", "pineapple"]. Staff edit these. */
export type SynonymGroup = readonly string[]

interface SynonymEntry {
  /** Folded tokens of the phrase. */
  readonly tokens: readonly string[]
  /** Marked tokens, when the phrase was written with diacritics. */
  readonly marked: readonly string[] | null
}

/** Synonym groups folded and indexed by phrase, ready for query-time expansion. */
export interface SynonymTable {
  /** Folded phrase ("mat ong") → the entries that share a group with it. */
  readonly byPhrase: ReadonlyMap<string, readonly SynonymEntry[]>
  /** Folded phrase → its own entries as written (one phrase may be written with different marks). */
  readonly spellings: ReadonlyMap<string, readonly SynonymEntry[]>
  /** Longest phrase in tokens, so expansion knows how far to look ahead. */
  readonly maxPhraseLength: number
  /** Every folded word the phrases use ("cinnamon", "sticks"), for reading a misspelt one. */
  readonly words: ReadonlySet<string>
}

/** A run of query words and the other phrases it may also match. */
export interface ExpandedTerm {
  /** Folded query tokens this term covers (one word, or a phrase such as ["mat", "ong"]). */
  readonly tokens: readonly string[]
  /** Alternatives, each a list of folded tokens; empty when the term has no synonyms. */
  readonly alternatives: readonly (readonly string[])[]
  /**
   * The ways a group writes this very phrase with diacritics, when it lists more than one ("đĩa",
   * "dĩa"): a regional spelling typed with its own marks is then the word, not a word the catalogue
   * lacks (find-missing-accents.ts).
   */
  readonly spellings?: readonly (readonly string[])[]
  /**
   * Per alternative, its words as the group writes them with diacritics (null for one written
   * without): a synonym the buyer did not type is matched with its own marks, so "silk" finds
   * "lụa", not the paddy ("lúa") machines. Absent when no alternative has any.
   */
  readonly alternativeMarks?: readonly (readonly string[] | null)[]
}

function toEntry(words: readonly Word[]): SynonymEntry {
  return {
    tokens: words.map((word) => word.folded),
    marked: words.some(isMarked) ? words.map((word) => word.marked) : null,
  }
}

/** Fold synonym groups into a lookup table. Empty or blank entries are ignored. */
export function buildSynonymTable(groups: readonly SynonymGroup[]): SynonymTable {
  const byPhrase = new Map<string, SynonymEntry[]>()
  const spellings = new Map<string, SynonymEntry[]>()
  let maxPhraseLength = 1
  const words = new Set<string>()
  for (const group of groups) {
    const entries = group.map((phrase) => toEntry(tokenizeWords(phrase))).filter((entry) => entry.tokens.length > 0)
    for (const entry of entries) {
      const key = entry.tokens.join(' ')
      for (const token of entry.tokens) words.add(token)
      maxPhraseLength = Math.max(maxPhraseLength, entry.tokens.length)
      spellings.set(key, [...(spellings.get(key) ?? []), entry])
      const others = entries.filter((other) => other.tokens.join(' ') !== key)
      const known = byPhrase.get(key) ?? []
      const fresh = others.filter((other) => !known.some((k) => k.tokens.join(' ') === other.tokens.join(' ')))
      byPhrase.set(key, [...known, ...fresh])
    }
  }
  addOtherNumbers(byPhrase, spellings)
  return { byPhrase, spellings, maxPhraseLength, words }
}

/**
 * An English phrase also answers to the other number of its last word: a buyer who types "cashew
 * nut" means the group that lists "cashew nuts". Only phrases written without diacritics (English
 * ones) get these, and never over a phrase a group lists itself.
 */
function addOtherNumbers(byPhrase: Map<string, SynonymEntry[]>, spellings: Map<string, SynonymEntry[]>): void {
  for (const [key, written] of [...spellings]) {
    if (written.some((entry) => entry.marked !== null)) continue
    const entry = written[0]!
    const last = entry.tokens.at(-1)!
    for (const form of englishWordForms(last)) {
      const variant = [...entry.tokens.slice(0, -1), form].join(' ')
      if (byPhrase.has(variant)) continue
      byPhrase.set(variant, [entry, ...(byPhrase.get(key) ?? [])])
      spellings.set(variant, written)
    }
  }
}

/**
 * A synonym written with diacritics only applies when the buyer typed the same diacritics, or none.
 * Folded "che" is both "chè" (tea) and "chế" (as in "chế biến", processing); a buyer who typed
 * "chế biến" must not also get tea.
 */
function spellingAllows(table: SynonymTable, key: string, typed: readonly Word[]): boolean {
  if (!typed.some(isMarked)) return true
  const written = table.spellings.get(key) ?? []
  return written.some((entry) => entry.marked === null || entry.marked.every((marked, i) => !isMarked(typed[i]!) || marked === typed[i]!.marked))
}

/**
 * Group query words into terms and attach synonyms, preferring the longest phrase that matches
 * ("mat ong" as one term rather than "mat" and "ong").
 */
export function expandSynonyms(words: readonly Word[], table: SynonymTable): ExpandedTerm[] {
  const terms: ExpandedTerm[] = []
  let i = 0
  while (i < words.length) {
    let matched: ExpandedTerm | null = null
    for (let length = Math.min(table.maxPhraseLength, words.length - i); length >= 1 && !matched; length -= 1) {
      const typed = words.slice(i, i + length)
      const key = typed.map((word) => word.folded).join(' ')
      const alternatives = table.byPhrase.get(key)
      if (alternatives && alternatives.length > 0 && spellingAllows(table, key, typed)) {
        const spellings = (table.spellings.get(key) ?? []).flatMap((entry) => (entry.marked ? [entry.marked] : []))
        matched = {
          tokens: typed.map((word) => word.folded),
          alternatives: alternatives.map((entry) => entry.tokens),
          ...(spellings.length > 1 ? { spellings } : {}),
          ...(alternatives.some((entry) => entry.marked) ? { alternativeMarks: alternatives.map((entry) => entry.marked) } : {}),
        }
      }
    }
    const term = matched ?? { tokens: [words[i]!.folded], alternatives: [] }
    terms.push(term)
    i += term.tokens.length
  }
  return terms
}
