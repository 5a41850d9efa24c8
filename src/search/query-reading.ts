import type { SearchResult } from './types'

/**
 * How the engine read a query, for the page to tell the buyer: the words it left out, that no hit
 * matches the accents typed, a closer spelling, and the Telex/VNI reading (see SearchResult).
 */
export type QueryReading = Pick<SearchResult, 'ignoredWords' | 'approximate' | 'suggestion' | 'readAs'>

/** Only what the engine has to say: empty lists, false and empty strings are left out. */
export function queryReadingOf(result: QueryReading): QueryReading | undefined {
  const { ignoredWords, approximate, suggestion, readAs } = result
  const reading: QueryReading = {
    ...(ignoredWords && ignoredWords.length > 0 ? { ignoredWords } : {}),
    ...(approximate === true ? { approximate } : {}),
    ...(suggestion ? { suggestion } : {}),
    ...(readAs ? { readAs } : {}),
  }
  return Object.keys(reading).length > 0 ? reading : undefined
}
