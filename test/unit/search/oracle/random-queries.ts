import type { IndexRecord } from '../../../../src/search/build-index-record'
import { AWARD_LEVELS, type Locale, PUBLIC_FACETS, type SearchFilters, type SearchQuery, type SearchSort } from '../../../../src/search/types'
import { foldText } from '../../../../src/text/fold-text'
import { CERTIFICATIONS, GROUP_NAMES, PROVINCES } from './random-catalogue'
import type { SeededRandom } from './seeded-random'

/** What a query is drawn from, per locale: the live records and the folded words they hold. */
export interface QuerySource {
  readonly records: Readonly<Record<Locale, readonly IndexRecord[]>>
  readonly words: Readonly<Record<Locale, ReadonlySet<string>>>
  /** Words and phrases of the synonym groups, as written. */
  readonly synonyms: readonly string[]
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'
const PAGE_SIZES = [1, 2, 3, 5, 10, 20, 50, 100]
const SORTS: readonly SearchSort[] = ['relevance', 'relevance', 'relevance', 'name', 'newestAward']

/** A record's words as written (lowercase, with their diacritics), from its name and its summary. */
function writtenWords(record: IndexRecord, random: SeededRandom): string[] {
  const text = random.chance(0.6) ? record.title : `${record.title} ${record.summary}`
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
}

/** One to three words of a record, mostly side by side (so phrases and title starts are ranked), sometimes scattered. */
function someWords(record: IndexRecord, random: SeededRandom): string[] {
  const words = writtenWords(record, random)
  const count = 1 + random.below(3)
  if (random.chance(0.6)) {
    const start = random.below(Math.max(1, words.length - count + 1))
    return words.slice(start, start + count)
  }
  return random.some(words, count)
}

/** One slip of the keyboard on a folded word: a letter left out, added, changed, or two swapped. */
function misspell(word: string, random: SeededRandom): string {
  const at = random.below(word.length)
  const letter = random.pick([...LETTERS])
  switch (random.below(4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1)
    case 1:
      return word.slice(0, at) + letter + word.slice(at)
    case 2:
      return word.slice(0, at) + letter + word.slice(at + 1)
    default:
      return at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : `${word}${letter}`
  }
}

/**
 * A misspelling the catalogue does not hold, of a word of three letters or more (three: only two
 * swapped letters are forgiven, and only in English), so the engine's typo tolerance has to find
 * it; the words unchanged when none turns up.
 */
function withTypo(words: string[], known: ReadonlySet<string>, random: SeededRandom): string[] {
  const long = words.map((word, i) => ({ word: foldText(word), i })).filter(({ word }) => word.length >= 3 && !/\d/.test(word))
  if (long.length === 0) return words
  const { word, i } = random.pick(long)
  for (let tries = 0; tries < 6; tries += 1) {
    const typo = misspell(word, random)
    if (typo.length > 0 && !known.has(typo)) return words.map((other, j) => (j === i ? typo : other))
  }
  return words
}

/** Two neighbouring words typed without the space between them ("nuocmam"), for the engine to take apart. */
function joined(words: readonly string[], random: SeededRandom): string[] {
  if (words.length < 2) return [...words]
  const at = random.below(words.length - 1)
  return [...words.slice(0, at), foldText(words[at]!) + foldText(words[at + 1]!), ...words.slice(at + 2)]
}

/** The words typed: each with its diacritics or without, the last sometimes cut short (search as you type). */
function typed(words: readonly string[], random: SeededRandom): string {
  const spelled = words.map((word) => (random.chance(0.5) ? foldText(word) : word))
  const last = spelled.at(-1)
  if (last && random.chance(0.3)) {
    const letters = [...last]
    if (letters.length > 1) spelled[spelled.length - 1] = letters.slice(0, 1 + random.below(letters.length - 1)).join('')
  }
  return spelled.join(' ')
}

function randomText(source: QuerySource, locale: Locale, random: SeededRandom): string {
  if (random.chance(0.05)) return ''
  const records = source.records[locale]
  let words = someWords(random.pick(records), random)
  // A word of another record: often nothing has both, which the forgiving layers answer (out of scope).
  if (random.chance(0.1)) words = [...words.slice(0, 2), random.pick(someWords(random.pick(records), random))]
  // A synonym, alone or after a word of the record: its group's phrases must then stand together.
  if (random.chance(0.25)) words = [...words.slice(0, random.below(2)), random.pick(source.synonyms).toLowerCase()]
  if (random.chance(0.4)) words = withTypo(words, source.words[locale], random)
  if (random.chance(0.05)) words = joined(words, random)
  return typed(words, random)
}

/** Filter values as a buyer's click or typing gives them: with or without diacritics, current or former provinces. */
function randomFilters(random: SeededRandom): SearchFilters {
  if (!random.chance(0.35)) return {}
  const spell = (value: string) => (random.chance(0.5) ? foldText(value) : value)
  const provinces = PROVINCES.flatMap((province) => [province.name, ...province.formerNames])
  const choices: (() => SearchFilters)[] = [
    () => ({ province: random.some(provinces, 1 + random.below(2)).map(spell) }),
    () => ({ productGroup: random.some(GROUP_NAMES, 1 + random.below(2)).map(spell) }),
    () => ({ awardLevel: random.some(AWARD_LEVELS, 1 + random.below(2)) }),
    () => ({ awardYear: random.some([2015, 2017, 2019, 2020, 2022, 2024, 2025, 2030], 1 + random.below(3)) }),
    () => ({ certification: random.some(CERTIFICATIONS, 1 + random.below(2)).map((value) => (random.chance(0.3) ? value.toUpperCase() : value)) }),
    () => ({ kind: ['product'] }),
  ]
  return Object.assign({}, ...random.some(choices, 1 + random.below(2)).map((choice) => choice()))
}

export function randomQuery(source: QuerySource, random: SeededRandom): SearchQuery {
  const locale: Locale = random.chance(0.7) ? 'vi' : 'en'
  const hitsPerPage = random.pick(PAGE_SIZES)
  return {
    q: randomText(source, locale, random),
    locale,
    filters: randomFilters(random),
    sort: random.pick(SORTS),
    page: random.chance(0.7) ? 1 : 2 + random.below(4),
    hitsPerPage,
    facets: random.chance(0.5) ? random.some(PUBLIC_FACETS, 1 + random.below(3)) : [],
  }
}
