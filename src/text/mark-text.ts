import { splitWords } from './split-words'

/**
 * VNI-style codes for the Vietnamese diacritics. A marked token keeps the folded letters and writes
 * each mark as a digit right after the letter it sits on: "dế" → "de61", "mật" → "ma65t",
 * "đường" → "d9u7o72ng". Digits keep the token one word for the tokenizers we use, and the
 * encoding is one-to-one, so "dế" (de61) and "dê" (de6) never collide — which lets an engine that
 * folds diacritics still rank an accent-exact match higher.
 */
const SHAPE_CODES: Readonly<Record<string, string>> = {
  '\u0302': '6', // circumflex: â ê ô
  '\u031B': '7', // horn: ơ ư
  '\u0306': '8', // breve: ă
}
const TONE_CODES: Readonly<Record<string, string>> = {
  '\u0301': '1', // sắc
  '\u0300': '2', // huyền
  '\u0309': '3', // hỏi
  '\u0303': '4', // ngã
  '\u0323': '5', // nặng
}
const STROKED_D = '9'
const IS_MARK = /\p{M}/u

/** Encode one word with its diacritics as ASCII digits. Marks Vietnamese does not use are dropped. */
export function markToken(word: string): string {
  const chars = [...word.normalize('NFKD').toLowerCase()]
  let out = ''
  let i = 0
  while (i < chars.length) {
    const base = chars[i]!
    i += 1
    let shape = ''
    let tone = ''
    while (i < chars.length && IS_MARK.test(chars[i]!)) {
      shape += SHAPE_CODES[chars[i]!] ?? ''
      tone += TONE_CODES[chars[i]!] ?? ''
      i += 1
    }
    // Shape before tone whatever order the marks arrived in, so NFC and NFD input agree
    // (canonical ordering puts the dot below of "ậ" before its circumflex).
    out += base === 'đ' ? `d${STROKED_D}${shape}${tone}` : `${base}${shape}${tone}`
  }
  return out
}

/** Marked form of every word in the text, in order; words without diacritics come back folded. */
export function markText(input: string): string[] {
  return splitWords(input).map(markToken)
}
