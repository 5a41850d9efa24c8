/**
 * One Vietnamese syllable from its letters (with their shape marks: â ă ê ô ơ ư đ) and a tone, or
 * null when the letters cannot be a Vietnamese syllable. The shape check is what keeps an English
 * word from being read as Telex: "coffee" has no Vietnamese reading, "mawm" + sắc is "mắm".
 */
export type Tone = 'sac' | 'huyen' | 'hoi' | 'nga' | 'nang'

const TONE_MARKS: Readonly<Record<Tone, string>> = { sac: '\u0301', huyen: '\u0300', hoi: '\u0309', nga: '\u0303', nang: '\u0323' }

// Initial consonant, vowel nucleus, final consonant. "gi" and "qu" are initials ("gia", "qua").
const SYLLABLE = /^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/
const SHAPED = 'ăâêôơư'
/** The same shape with every mark folded away. */
const FOLDED_SYLLABLE = /^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/

/** True when a folded word has the shape of one Vietnamese syllable ("thuong", not "nuocmam" or "handmade"). */
export function isFoldedSyllable(folded: string): boolean {
  return FOLDED_SYLLABLE.test(folded)
}
/** Nuclei Vietnamese writes; anything else ("ae", "eo" aside, "ia" aside…) is not a syllable. */
const NUCLEI = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê ' +
    'iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu'
  ).split(' '),
)

/** Where the tone mark goes, by the usual (older, "hòa") rule the catalogue is written in. */
function toneIndex(nucleus: string, hasFinal: boolean): number {
  const horn = nucleus.indexOf('ơ')
  if (horn >= 0) return horn
  for (let i = 0; i < nucleus.length; i += 1) if (SHAPED.includes(nucleus[i]!)) return i
  if (hasFinal || nucleus.length === 3) return nucleus.length - (hasFinal ? 1 : 2)
  return 0
}

export function composeSyllable(letters: string, tone: Tone | null): string | null {
  const parts = SYLLABLE.exec(letters)
  if (!parts) return null
  const [, initial = '', nucleus = '', final = ''] = parts
  if (!NUCLEI.has(nucleus)) return null
  // A syllable ending in c, ch, p or t only takes sắc or nặng.
  if (/^(c|ch|p|t)$/.test(final) && tone !== null && tone !== 'sac' && tone !== 'nang') return null
  if (tone === null) return letters
  const at = toneIndex(nucleus, final.length > 0)
  const marked = `${nucleus.slice(0, at + 1)}${TONE_MARKS[tone]}${nucleus.slice(at + 1)}`
  return `${initial}${marked}${final}`.normalize('NFC')
}
