/**
 * A letter left out is the commonest slip on a phone keyboard ("hony" for "honey"), so a catalogue
 * word that holds every typed letter in order outranks one reached by changing a letter ("hong").
 */
export const OTHER_TYPO_WEIGHT = 0.5

export function isSubsequence(short: string, long: string): boolean {
  let at = 0
  for (let i = 0; i < long.length && at < short.length; i += 1) if (long[i] === short[at]) at += 1
  return at === short.length
}

/**
 * Two letters swapped ("trnag", "slat") is one slip of the thumb, and one typo for Meilisearch
 * (its automata count a transposition as one edit); an edit distance alone counts it as two, past
 * the budget of a short word. The words with one neighbouring pair swapped, for a lookup each.
 */
export function transpositionsOf(token: string): string[] {
  const swapped: string[] = []
  for (let i = 0; i + 1 < token.length; i += 1) {
    if (token[i] === token[i + 1]) continue
    swapped.push(token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2))
  }
  return swapped
}

/**
 * Below this length a typo is a letter left out, a letter typed twice, or two swapped, never a
 * letter changed into another nor one added that doubles none: in a short word those mostly make
 * another word ("sofa" is not "soft", "wine" not "wide", "beer" not "bee"), while a letter too few
 * or a key held too long rarely does ("hony", "ongg").
 */
export const MIN_CHANGED_LETTER_LENGTH = 5

/** Whether `term`, found within a typo of the typed `token`, is read as that typo (see MIN_CHANGED_LETTER_LENGTH). */
export function isTypoOf(token: string, term: string): boolean {
  if (token.length >= MIN_CHANGED_LETTER_LENGTH || term.length > token.length) return true
  return term.length === token.length - 1 && isDoubledFrom(token, term)
}

/** True when `typed` is `term` with one of its letters typed twice ("ongg" of "ong"). */
function isDoubledFrom(typed: string, term: string): boolean {
  for (let i = 0; i + 1 < typed.length; i += 1) if (typed[i] === typed[i + 1] && typed.slice(0, i) + typed.slice(i + 1) === term) return true
  return false
}

/**
 * English words of three letters get no typo but one: two letters swapped ("tae" for "tea", "oli"
 * for "oil"). In Vietnamese a short syllable with two letters swapped is mostly another syllable
 * ("dua", "dau"), so there they get none.
 */
export const SWAPPED_ONLY_LENGTH = 3
