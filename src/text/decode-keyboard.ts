import { composeSyllable, type Tone } from './compose-syllable'

/**
 * Read a query typed in Telex or VNI with the Vietnamese keyboard off ("maatj ong", "nuwowcs
 * mawms", "ca2 phe6") as the Vietnamese it stands for ("mật ong", "nước mắm", "cà phê"). Returns
 * null when no word reads differently. Each word is decoded on its own and kept as typed unless its
 * decoding is a Vietnamese syllable, so "honey" or "coffee" pass through; a word that happens to
 * decode ("best" → "bét") is one reason the engines search both readings and keep the better.
 */
export function decodeKeyboard(query: string): string | null {
  let changed = false
  const decoded = query.replace(/[A-Za-z0-9]+/g, (word) => {
    const lower = word.toLowerCase()
    const syllable = /\d/.test(lower) ? decodeVni(lower) : decodeTelex(lower)
    if (syllable === null || syllable === lower) return word
    changed = true
    return word[0] !== lower[0] ? syllable[0]!.toUpperCase() + syllable.slice(1) : syllable
  })
  return changed ? decoded : null
}

const TELEX_TONES: Readonly<Record<string, Tone>> = { s: 'sac', f: 'huyen', r: 'hoi', x: 'nga', j: 'nang' }
const VNI_TONES: Readonly<Record<string, Tone>> = { 1: 'sac', 2: 'huyen', 3: 'hoi', 4: 'nga', 5: 'nang' }
const CIRCUMFLEX: Readonly<Record<string, string>> = { a: 'â', e: 'ê', o: 'ô' }
const HORN: Readonly<Record<string, string>> = { o: 'ơ', u: 'ư' }
const VOWELS = 'aăâeêioôơuưy'

/** The last of `among` in the word's last run of vowels ("nguoi" + w: the o of "uoi"), or -1. */
function lastVowel(letters: string[], among: string): number {
  let inVowels = false
  for (let i = letters.length - 1; i >= 0; i -= 1) {
    const letter = letters[i]!
    if (among.includes(letter)) return i
    if (VOWELS.includes(letter)) inVowels = true
    else if (inVowels) return -1
  }
  return -1
}

/** Give the last a/o/u a horn or breve; "uo" takes a horn on both ("uow" → "ươ"). */
function hookVowel(letters: string[], breve: boolean): boolean {
  const at = lastVowel(letters, breve ? 'a' : 'ou')
  if (at < 0) return false
  if (breve) letters[at] = 'ă'
  else {
    letters[at] = HORN[letters[at]!]!
    if (letters[at] === 'ơ' && letters[at - 1] === 'u') letters[at - 1] = 'ư'
  }
  return true
}

function decodeTelex(word: string): string | null {
  const letters: string[] = []
  let tone: Tone | null = null
  for (const char of word) {
    const last = letters.at(-1)
    const hasVowel = letters.some((letter) => VOWELS.includes(letter))
    if (char === 'd' && last === 'd' && letters.length === 1) letters[0] = 'đ'
    else if (CIRCUMFLEX[char] && last === char) letters[letters.length - 1] = CIRCUMFLEX[char]!
    else if (char === 'w') {
      // A lone w is ư ("nhw" → "như").
      if (!hookVowel(letters, letters.at(-1) === 'a') && !hookVowel(letters, false)) letters.push('ư')
    } else if (TELEX_TONES[char] && hasVowel) {
      if (tone !== null) return null
      tone = TELEX_TONES[char]!
    } else letters.push(char)
  }
  return composeSyllable(letters.join(''), tone)
}

function decodeVni(word: string): string | null {
  const letters: string[] = []
  let tone: Tone | null = null
  for (const char of word) {
    if (VNI_TONES[char]) {
      if (tone !== null) return null
      tone = VNI_TONES[char]!
    } else if (char === '6') {
      const at = lastVowel(letters, 'aeo')
      if (at < 0) return null
      letters[at] = CIRCUMFLEX[letters[at]!]!
    } else if (char === '7' || char === '8') {
      if (!hookVowel(letters, char === '8')) return null
    } else if (char === '9') {
      if (letters[0] !== 'd') return null
      letters[0] = 'đ'
    } else if (/\d/.test(char)) return null
    else letters.push(char)
  }
  return composeSyllable(letters.join(''), tone)
}
