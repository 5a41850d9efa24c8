/**
 * The other number of an English noun, by the regular spelling rules: "beans" ↔ "bean",
 * "candies" ↔ "candy", "boxes" ↔ "box", "dishes" ↔ "dish". Buyers type "coffee beans" for a
 * catalogue that says "coffee bean", and the reverse. Only candidates: the caller keeps those the
 * catalogue holds, so a wrong guess ("bus" → "bu") finds nothing and costs nothing. Plurals in
 * "-ves" ("knives" ↔ "knife", "leaves" ↔ "leaf") too; other irregular ones are left to the synonym
 * groups.
 */
const SIBILANT_END = /(s|x|z|ch|sh)$/
const CONSONANT_Y_END = /[^aeiou]y$/

export function englishWordForms(word: string): string[] {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return []
  const forms = new Set<string>()
  if (word.endsWith('ies') && word.length > 4) forms.add(`${word.slice(0, -3)}y`)
  if (word.endsWith('es') && SIBILANT_END.test(word.slice(0, -2))) forms.add(word.slice(0, -2))
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) forms.add(word.slice(0, -1))
  if (!word.endsWith('s') || word.endsWith('ss')) {
    if (CONSONANT_Y_END.test(word)) forms.add(`${word.slice(0, -1)}ies`)
    else if (SIBILANT_END.test(word)) forms.add(`${word}es`)
    else forms.add(`${word}s`)
  }
  // "-ves" stands for "-f" or "-fe": "knives", "shelves", "leaves".
  if (word.endsWith('ves') && word.length > 4) {
    forms.add(`${word.slice(0, -3)}f`)
    forms.add(`${word.slice(0, -3)}fe`)
  }
  if (word.endsWith('fe')) forms.add(`${word.slice(0, -2)}ves`)
  else if (word.endsWith('f') && !word.endsWith('ff')) forms.add(`${word.slice(0, -1)}ves`)
  forms.delete(word)
  return [...forms]
}
