import type { SearchResult } from './types'

/**
 * How the engine read a query, for the page to tell the buyer: the words it left out, that no hit
 * matches the accents typed, a closer spelling, the Telex/VNI reading and the spelling searched
 * instead of the one typed (see SearchResult).
 */
export type QueryReading = Pick<SearchResult, 'ignoredWords' | 'approximate' | 'suggestion' | 'readAs' | 'respelledAs'>

/** Only what the engine has to say: empty lists, false and empty strings are left out. */
export function queryReadingOf(result: QueryReading): QueryReading | undefined {
  const { ignoredWords, approximate, suggestion, readAs, respelledAs } = result
  const reading: QueryReading = {
    ...(ignoredWords && ignoredWords.length > 0 ? { ignoredWords } : {}),
    ...(approximate === true ? { approximate } : {}),
    ...(suggestion ? { suggestion } : {}),
    ...(readAs ? { readAs } : {}),
    ...(respelledAs ? { respelledAs } : {}),
  }
  return Object.keys(reading).length > 0 ? reading : undefined
}
