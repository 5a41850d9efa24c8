import type { Options } from 'minisearch'
import type { IndexRecord } from '../../build-index-record'
import { TEXT_FIELDS } from '../../settings/index-settings'

const NOT_WORD_CHAR = /[^\p{L}\p{N}]+/u

/**
 * MiniSearch options. Records arrive already folded (buildIndexRecord), so tokenizing only splits
 * and terms need no further processing. The `marked` field is not put in the inverted index: here
 * it only re-ranks hits already found (boost-score.ts), read from the stored record. The same object must be used to create and to restore an
 * index (loadJSON), or a restored index would tokenize differently and miss every query.
 */
export const MINISEARCH_OPTIONS: Options<IndexRecord> = {
  idField: 'id',
  fields: [...TEXT_FIELDS],
  storeFields: [],
  tokenize: (text: string) => text.split(NOT_WORD_CHAR).filter((term) => term.length > 0),
  processTerm: (term: string) => term,
  // Vacuum removed documents in the background when enough have piled up (MiniSearch defaults).
  autoVacuum: true,
}
