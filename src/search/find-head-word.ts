import type { QueryWord as Word } from './prepare-query'
import { findDescribingWords, isBareNumber, isDescribingToken } from './find-filler-words'
import type { Locale } from './types'
import { isFoldedSyllable } from '../text/compose-syllable'
import { isMarked, tokenizeWords } from '../text/tokenize-text'

/**
 * Words naming the form or part a thing is sold in, not the thing: "coffee beans" is about coffee,
 * "bột quế" (cinnamon powder) about cinnamon. Folded. They are never the head while another word can be.
 */
const FORM_WORDS: ReadonlySet<string> = new Set([
  'bean',
  'beans',
  'powder',
  'leaf',
  'leaves',
  'seed',
  'seeds',
  'kernel',
  'kernels',
  'flakes',
  'chips',
  'slices',
  'pieces',
  'sticks',
  'quills',
  'extract',
  'hat',
  'bot',
  // Measures: "cashew milk 1 litre" is cashew milk.
  'litre',
  'litres',
  'liter',
  'liters',
  'ml',
  'kg',
  'kilo',
  'kilos',
  'gram',
  'grams',
  'ton',
  'tons',
  'tonne',
  'tonnes',
])

const markedSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((word) => tokenizeWords(word)[0]!.marked))

/** Vietnamese measures, with their marks ("tấn" folds like "Tân" of Tân Cương): form words too. */
const MARKED_FORMS = markedSet(['tấn', 'lít', 'ký', 'cân'])

/**
 * Vietnamese packs, with their marks ("gói" folds like "gối"): like a classifier, never a head and
 * no part of the thing's name. "1000 hộp bánh pía" is pía; "Hộp trang sức" is still a box, named whole.
 */
const MARKED_PACKS = markedSet(['hộp', 'chai', 'hũ', 'gói', 'thùng', 'lốc'])

/**
 * Vietnamese classifiers: "trái khóm" is pineapple, "con dê" a goat. Folded. Unlike a form word
 * ("hạt điều", cashew nuts), a classifier is no part of the thing's name: never a head, and the
 * first word left out ("trái khóm" finds "Kẹo khóm", which never says "trái").
 */
const CLASSIFIERS: ReadonlySet<string> = new Set(['trai', 'qua', 'con', 'cai', 'chiec'])

/**
 * English words that say how a thing is (its state, make or standing), never which kind it is:
 * "raw honey" is honey, while "olive oil", "mango juice" or "washing machine" without the word
 * before the head is another kind of thing. Folded. Besides these, the one-word describing phrases
 * of settings/filler-words.ts ("raw", "handmade", "natural"…: isDescribingToken).
 */
const DESCRIBING_WORDS: ReadonlySet<string> = new Set([
  'organic',
  'real',
  'local',
  'famous',
  'special',
  'fine',
  'good',
  'great',
  'nice',
  'top',
  'new',
  'small',
  'large',
  'big',
  'mini',
  'whole',
  'delicious',
  'tasty',
  'healthy',
  'luxury',
  'beautiful',
  'unique',
  'custom',
  'classic',
  'modern',
  'artisan',
  'sweet',
  'sour',
  'hot',
  'cold',
  'dark',
  'light',
  'strong',
  'mild',
  'soft',
  'hard',
  'thin',
  'thick',
  'wild',
  'rare',
  'old',
  'young',
  'sharp',
  'clean',
  'cheap',
  'woven',
  'handwoven',
  'vintage',
  'antique',
  'golden',
  'fancy',
  'simple',
  'pretty',
  'lovely',
  'cute',
  'aromatic',
  'exotic',
  'rustic',
  'artistic',
  'ethnic',
  // Adjectives in -y, -al, -ant, -ent: as endings these would take nouns ("baby milk", "clay pot",
  // "metal vase", "plant pot") for descriptions.
  'spicy',
  'salty',
  'crispy',
  'crunchy',
  'creamy',
  'fruity',
  'nutty',
  'juicy',
  'sticky',
  'chewy',
  'fluffy',
  'silky',
  'smoky',
  'earthy',
  'woody',
  'glossy',
  'shiny',
  'milky',
  'sugary',
  'oily',
  'leafy',
  'meaty',
  'peppery',
  'zesty',
  'hearty',
  'heavy',
  'sturdy',
  'lucky',
  'handy',
  'trendy',
  'tiny',
  'cozy',
  'dry',
  'easy',
  'premium',
  'tropical',
  'regional',
  'national',
  'seasonal',
  'herbal',
  'floral',
  'typical',
  'classical',
  'ideal',
  'fragrant',
  'elegant',
  'excellent',
  'pleasant',
  'ancient',
  'vibrant',
  'brilliant',
  'abundant',
])

/**
 * English endings that only adjectives and participles have ("colourful", "durable", "salted"):
 * such a word before the head says how the thing is. Not "-y", "-al", "-ish", "-ant", "-ent" or
 * "-ic", which as many nouns have ("baby milk", "metal vase", "fish oil", "plant pot", "plastic
 * chair" say which kind); the adjectives with those endings are listed above. Not "-eed" ("seed").
 */
const DESCRIBING_ENDING = /.(?:ful|ous|less|able|ible|[^e]ed)$/

/** True for a folded word naming a form a thing is sold in ("powder", "quills"; singular or plural). */
export function isFormWord(folded: string): boolean {
  return FORM_WORDS.has(folded) || FORM_WORDS.has(`${folded}s`)
}

/** True for a classifier or pack ("trái", "hộp"): no word of the thing, so it only breaks ties when words must go. */
export const isClassifier = (word: Word) => CLASSIFIERS.has(word.folded) || (isMarked(word) && MARKED_PACKS.has(word.marked))
const isForm = (word: Word) => FORM_WORDS.has(word.folded) || (isMarked(word) && MARKED_FORMS.has(word.marked)) || isClassifier(word)

/**
 * Per word: true for the words the query is about. Vietnamese names the thing first, mostly in two
 * syllables ("nước mắm nguyên chất", "mật ong xuất khẩu", "nước hoa"); English names it last
 * ("red wine", "ceramic vase"), with the word before it when that says which kind ("olive oil").
 * A word in a Vietnamese query that cannot be a Vietnamese syllable ("handmade", "organic") is
 * borrowed description, never the head; nor is a form word (FORM_WORDS) beside another, nor a
 * classifier.
 */
export function findHeadWords(words: readonly Word[], locale: Locale): boolean[] {
  const main = mainHeadIndex(words, locale)
  // English: the word just before the thing, when it says which kind ("olive oil"), not how it is ("raw honey").
  if (locale === 'en') return words.map((_, i) => i === main || (i === main - 1 && namesAKind(words[i]!)))
  // Two syllables name the thing: a form word just before the main one ("hạt điều"), else the next.
  const other = main > 0 && isForm(words[main - 1]!) && !isClassifier(words[main - 1]!) ? main - 1 : isSyllable(words[main + 1]) ? main + 1 : main
  return words.map((_, i) => i === main || i === other)
}

const namesAKind = (word: Word) =>
  !word.complement &&
  !isForm(word) &&
  !DESCRIBING_WORDS.has(word.folded) &&
  !isDescribingToken(word.folded) &&
  !(word.folded.length > 3 && DESCRIBING_ENDING.test(word.folded))

const isSyllable = (word: Word | undefined) => word !== undefined && isFoldedSyllable(word.folded)

/**
 * The one word that names the thing: Vietnamese, the first syllable that is no form word; English,
 * the last such word before any complement ("fish sauce from Phú Quốc island" is fish sauce).
 */
function mainHeadIndex(words: readonly Word[], locale: Locale): number {
  // Words saying how it is or what it is given as ("quà tết nước mắm", "tea gift") name nothing.
  const describing = findDescribingWords(words)
  if (locale === 'en') {
    // A word before a closing number is a specification ("green robusta beans screen 18", "size 10").
    const spec = (i: number) => i > 0 && i === words.length - 2 && isBareNumber(words[i + 1]!)
    const named = words.findLastIndex((word, i) => !isForm(word) && !word.complement && !describing[i] && !spec(i))
    const last = named >= 0 ? named : words.findLastIndex((word) => !isForm(word))
    return last < 0 ? words.length - 1 : last
  }
  const named = words.findIndex((word, i) => isSyllable(word) && !isForm(word) && !describing[i])
  const first = named >= 0 ? named : words.findIndex((word) => isSyllable(word))
  return Math.max(first, 0)
}

/**
 * Per word: its place in the order words are kept when some must go (0 first): Vietnamese from
 * the first word, English from the last, words of a complement after the others, then form words,
 * describing words last.
 */
export function headOrder(words: readonly Word[], locale: Locale): number[] {
  const positions = words.map((_, i) => i)
  const byPlace = locale === 'en' ? positions.reverse() : positions
  // Words of a complement after the thing's own words, then form words, describing words last.
  const describing = findDescribingWords(words)
  const rankOf = (i: number) => (describing[i] ? 3 : isForm(words[i]!) ? 2 : words[i]!.complement ? 1 : 0)
  const order = [0, 1, 2, 3].flatMap((rank) => byPlace.filter((i) => rankOf(i) === rank))
  const rank: number[] = []
  for (const [place, i] of order.entries()) rank[i] = place
  return rank
}

/** Per word: true for the one word that names the thing (Vietnamese: the first head word; English: the last). */
export function findMainHeadWord(words: readonly Word[], locale: Locale): boolean[] {
  const main = mainHeadIndex(words, locale)
  return words.map((_, i) => i === main)
}
